#pragma once
// The attribute table of incidents and safety-walk observations: columns with their names and coded values
// shown by label, sorting by any column, a quick text search and "only what the map filter shows". A
// double-click zooms the map to the record and selects it; the selection is the map's. The table is read on
// a worker thread when it is first shown and updated record by record after edits, so a project with 10^5
// incidents stays quick.

#include "attributetablemodel.h"
#include "recordedits.h"

#include <qgsfeatureid.h>

#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;
class QThread;
class QTimer;
class QgsFilterLineEdit;
class QgsMapCanvas;
class QgsVectorLayer;

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
  //! Records of a table changed in the file: the table reads them again (all of them when fids is empty).
  void reload( tryggkarta::RecordTable table, const QgsFeatureIds &fids );
  //! The incidents the map's filter shows, or nothing when it shows all.
  void setMapFilter( const std::optional<QgsFeatureIds> &incidents );

  //! Shows the incidents or the observations.
  void showTable( tryggkarta::RecordTable table );
  tryggkarta::RecordTable currentTable() const { return mTable; }
  //! Shows only rows with the text in a text column (case does not matter); empty shows all.
  void setSearchText( const QString &text );
  //! Shows only the incidents the map shows with its filter (incidents only).
  void setOnlyMapFilter( bool only );

  //! True while the table is being read.
  bool isLoading() const { return mLoading; }
  //! Why the table could not be read, or empty.
  QString readError() const { return mReadError; }
  //! Rows shown now, and in the table in all.
  int shownRows() const { return mModel->rowCount(); }
  int totalRows() const { return mModel->totalRows(); }
  //! The record on a row shown now.
  QgsFeatureId fidAt( int row ) const { return mModel->fidAt( row ); }
  //! Zooms the map to the record on a row and selects it (what a double-click does).
  void activateRow( int row );

  QTableView *view() const { return mView; }
  AttributeTableModel *model() const { return mModel; }

signals:
  //! The rows shown changed (filter, search, reload).
  void rowsChanged();

protected:
  void showEvent( QShowEvent *event ) override;

private:
  QgsVectorLayer *mapLayer( tryggkarta::RecordTable table ) const;
  //! The columns of a table, with the labels of its coded values.
  QVector<AttributeTableModel::Column> columnsFor( tryggkarta::RecordTable table,
                                                   QgsVectorLayer *layer ) const;
  //! Reads the current table on a worker thread when the panel is shown and the table is not read yet.
  void ensureLoaded();
  void applyFilter();
  void updateCount();
  //! Selects the rows of the records selected on the map.
  void showMapSelection();
  //! Selects on the map the records of the rows selected here.
  void selectOnMap();

  QgsMapCanvas *mCanvas = nullptr;
  QComboBox *mTableCombo = nullptr;
  QgsFilterLineEdit *mSearch = nullptr;
  QCheckBox *mOnlyMapFilter = nullptr;
  QLabel *mCount = nullptr;
  QTableView *mView = nullptr;
  AttributeTableModel *mModel = nullptr;
  QTimer *mFilterTimer = nullptr;

  tryggkarta::RecordTable mTable = tryggkarta::RecordTable::Incidents;
  QPointer<QgsVectorLayer> mIncidents;
  QPointer<QgsVectorLayer> mObservations;
  //! The project file the tables are read from.
  QString mPath;
  std::optional<QgsFeatureIds> mMapFilter;
  QString mReadError;
  bool mStale = true;
  bool mLoading = false;
  int mGeneration = 0;
  QList<QPointer<QThread>> mLoaders;
  bool mSyncingSelection = false;
};
