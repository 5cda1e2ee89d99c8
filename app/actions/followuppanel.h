#pragma once
// The actions dock's Monday list (Måndagslistan): the loose ends of the action plan with their counts:
// priorities nothing acts on, actions neither from a priority nor from an observation, and overdue actions.
// Each entry opens what it names.

#include "actionstore.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

class FollowUpPanel : public QWidget
{
  Q_OBJECT

public:
  explicit FollowUpPanel( QWidget *parent = nullptr );

  void setTraceability( const tryggkarta::Traceability &loose );
  //! The number of loose ends in all.
  int total() const { return mTotal; }
  QTreeWidget *tree() const { return mTree; }
  //! The section's top-level entry: 0 priorities without actions, 1 actions without origin, 2 overdue.
  QTreeWidgetItem *section( int index ) const;

signals:
  void priorityActivated( qint64 fid );
  void actionActivated( qint64 fid );

private:
  QTreeWidget *mTree = nullptr;
  QLabel *mSummary = nullptr;
  int mTotal = 0;
};
