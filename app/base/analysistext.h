#pragma once
// Analyses in words for the user: method names, a selection and a result's parameters read from the
// provenance stored with it ("Period 2026-10-01 – 2026-10-31; categories: Klotter, Glaskross").

#include "selection.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

//! The analyses the app runs.
enum class AnalysisKind
{
  KernelDensity,
  HotSpots,
  Clusters,
  Comparison
};

class AnalysisText
{
  Q_DECLARE_TR_FUNCTIONS( AnalysisText )

public:
  //! The core's name of the kind ("kde", "hotspots", "clusters", "compare").
  static QString kindCode( AnalysisKind kind );
  //! The method's name for users, e.g. "Heatmap" (also the start of the default result name).
  static QString methodName( AnalysisKind kind );
  //! The method's name for a stored result's kind code; the code itself when unknown.
  static QString methodNameForCode( const QString &code );

  /**
   * A selection in words: the period as local dates, then what narrows it (categories by their labels,
   * sources, organisations, weekdays, hours, area, the midpoint rule).
   */
  static QString describeSelection( const tryggkarta::Selection &selection,
                                    const QMap<QString, QString> &categoryLabels );
  //! The same for a selection stored as JSON with a result.
  static QString describeSelectionJson( const QString &json, const QMap<QString, QString> &categoryLabels );
  //! The selection stored with a result (Selection::toJson), read back.
  static tryggkarta::Selection selectionFromJson( const QString &json );

  //! A result's parameters in words, from the JSON stored with it; when it counted safety-walk observations,
  //! with how they were weighted.
  static QString describeParameters( const QString &kindCode, const QString &parametersJson );

  //! The name of a selection's layer for a choice: "Incidents", "Observations from safety walks", "Both".
  static QString layerName( tryggkarta::SelectionLayer layer );
  /**
   * What a selection with observations counts and how, for legends and method lines: "observations from
   * safety walks, weighted 3 − rating (problems only; positive places and drafts left out)"; empty for
   * incidents. weighted false: DBSCAN, which counts each observation once.
   */
  static QString layerStatement( tryggkarta::SelectionLayer layer, bool weighted = true );
  //! What the points of a selection are, for counts: "incidents", "observations", "incidents and
  //! observations".
  static QString pointsNoun( tryggkarta::SelectionLayer layer );

  //! What a heatmap's cell values mean, for legends and layer names ("per-km2", "scaled", "raw").
  static QString densityUnits( const QString &output );

  //! A number for text in the user's locale, without needless decimals.
  static QString number( double value, int maxDecimals = 1 );

private:
  //! The method's own parameters in words (describeParameters adds the points counted).
  static QString describeMethodParameters( const QString &kindCode, const QString &parametersJson );
};
