#pragma once
// The attribute table of incidents and safety-walk observations: columns with their names and coded values
// shown by label, sorting by any column, a quick text search and "only what the map filter shows". A
// double-click zooms the map to the record and selects it; the selection is the map's. Built on QGIS's
// attribute table model with a feature cache, so a project with 10^5 incidents stays quick.

#include "recordedits.h"

#include <qgsfeatureid.h>

#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QTimer;
class QgsAttributeTableFilterModel;
class QgsAttributeTableModel;
class QgsAttributeTableView;
class QgsFilterLineEdit;
class QgsIFeatureSelectionManager;
class QgsMapCanvas;
class QgsVectorLayer;
class QgsVectorLayerCache;

class AttributeTablePanel : public QWidget
{
  Q_OBJECT

public:
  explicit AttributeTablePanel( QgsMapCanvas *canvas, QWidget *parent = nullptr );
  ~AttributeTablePanel() override;

  //! The map's layers of a newly opened project; the table reads the same tables without the map's filter.
  void setLayers( QgsVectorLayer *incidents, QgsVectorLayer *observations );
  //! Forgets the project's layers.
  void clear();
  //! Records of a table changed in the file: the table reads them again.
  void reload( tryggkarta::RecordTable table );

  //! Shows the incidents or the observations.
  void showTable( tryggkarta::RecordTable table );
  tryggkarta::RecordTable currentTable() const { return mTable; }
  //! Shows only rows with the text in a shown column (case does not matter); empty shows all.
  void setSearchText( const QString &text );
  //! Shows only the incidents the map shows with its filter (incidents only).
  void setOnlyMapFilter( bool only );

  //! Rows shown now, and in the table in all.
  int shownRows() const;
  int totalRows() const;
  //! The record on a row shown now.
  QgsFeatureId fidAt( int row ) const;
  //! Zooms the map to the record on a row and selects it (what a double-click does).
  void activateRow( int row );

  QgsAttributeTableView *view() const { return mView; }
  QgsAttributeTableFilterModel *filterModel() const { return mFilterModel; }

signals:
  //! The rows shown changed (filter, search, reload).
  void rowsChanged();

protected:
  void showEvent( QShowEvent *event ) override;

private:
  QgsVectorLayer *mapLayer( tryggkarta::RecordTable table ) const;
  //! Builds the model for the current table when the panel is shown (nothing is read while it is hidden).
  void ensureModel();
  void dropModel();
  //! Value maps for the observations' walk and assessment, so the table shows names rather than numbers.
  void labelObservationCodes();
  //! Recomputes which rows are shown from the search text and the map's filter.
  void applyFilters();
  QgsFeatureIds searchMatches( const QString &text ) const;
  QgsFeatureIds mapFilterMatches() const;
  void updateCount();

  QgsMapCanvas *mCanvas = nullptr;
  QComboBox *mTableCombo = nullptr;
  QgsFilterLineEdit *mSearch = nullptr;
  QCheckBox *mOnlyMapFilter = nullptr;
  QLabel *mCount = nullptr;
  QgsAttributeTableView *mView = nullptr;
  QTimer *mFilterTimer = nullptr;

  tryggkarta::RecordTable mTable = tryggkarta::RecordTable::Incidents;
  QPointer<QgsVectorLayer> mIncidents;
  QPointer<QgsVectorLayer> mObservations;
  //! The table's own reading of the current table: the map's layer without its filter.
  std::unique_ptr<QgsVectorLayer> mTableLayer;
  QgsVectorLayerCache *mCache = nullptr;
  QgsAttributeTableModel *mModel = nullptr;
  QgsAttributeTableFilterModel *mFilterModel = nullptr;
  QgsIFeatureSelectionManager *mSelectionManager = nullptr;
  bool mStale = true;
};
