#pragma once
// A walkable network from a street layer: lines noded where they meet or cross, shortest paths by Dijkstra,
// and the nearest place on a street for a point. For safety-walk routes along streets.

#include "walkstore.h"

#include <cstdint>
#include <optional>
#include <unordered_map>
#include <vector>

namespace tryggkarta
{

class StreetNetwork
{
public:
  //! Adds a line (two or more points) to the network; call build() after the last one.
  void addLine( const std::vector<WalkPoint> &line );
  //! Nodes the lines where they share a point or cross, and makes the graph.
  void build();

  bool empty() const { return mEdges.empty(); }
  std::size_t nodeCount() const { return mNodes.size(); }
  std::size_t edgeCount() const { return mEdges.size(); }

  //! A place on the network: on edge `edge` at `point`, `distance` from the point asked for.
  struct Snap
  {
    int edge = -1;
    WalkPoint point;
    double distance = 0;
  };
  /**
   * The nearest place on the network within maxDistance, or nothing. With connectedOnly, only on the largest
   * connected part of the network: a lone path that joins nothing (a gap in the data) would leave a walk with
   * no way on.
   */
  std::optional<Snap> nearest( const WalkPoint &p, double maxDistance, bool connectedOnly = false ) const;

  //! Distances from a snapped place to every node (Dijkstra), with the previous node for paths.
  struct Tree
  {
    Snap source;
    std::vector<double> distance;
    std::vector<int> previous; //!< -1 at the nodes next to the source and where unreachable
  };
  Tree shortestPaths( const Snap &source ) const;
  //! The length of the shortest path from the tree's source to a snapped place (infinity when unreachable).
  double distanceTo( const Tree &tree, const Snap &target ) const;
  //! The path's points from the tree's source to the target (both snapped places included).
  std::vector<WalkPoint> pathTo( const Tree &tree, const Snap &target ) const;

private:
  struct Edge
  {
    int a = 0;
    int b = 0;
    double length = 0;
  };
  std::vector<std::vector<WalkPoint>> mLines;
  std::vector<WalkPoint> mNodes;
  std::vector<Edge> mEdges;
  std::vector<std::vector<std::pair<int, int>>> mAdjacent; //!< per node: (neighbour, edge)
  std::vector<int> mComponent;                             //!< per node: its connected part
  int mLargestComponent = -1;
  double mCell = 100;
  std::unordered_map<int64_t, std::vector<int>> mIndex; //!< grid cell → edges touching it
  int64_t cellKey( int64_t cx, int64_t cy ) const { return cx * 4000037 + cy; }
};

} // namespace tryggkarta
