#pragma once
// The rows of the attribute table, held column by column in compact form (coded values as shared labels,
// times as seconds), sorted and filtered in memory: 10^5 incidents sort in a fraction of a second and an
// edit updates only its rows. Rows are read straight from the project file (one query; on a worker thread for
// a whole table).

#include <qgsfeatureid.h>

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>

#include <optional>

class AttributeTableModel : public QAbstractTableModel
{
  Q_OBJECT

public:
  //! How a column's values are kept, shown and sorted.
  enum class Kind
  {
    Text,    //!< free text, or a coded value shown by its label
    Number,  //!< a real number (shown without decimals when whole)
    Integer, //!< a whole number such as the fid
    Time     //!< stored as UTC, shown as Stockholm wall-clock time
  };

  struct Column
  {
    QString field; //!< the field's name in the table
    QString title; //!< what the header says
    Kind kind = Kind::Text;
    QHash<QString, QString> labels; //!< stored code -> label, for coded values
    bool repeated = false;          //!< few distinct texts (an organisation): each kept once
    //! Turns a stored text (after labels) into what the cell shows, once per distinct text: e.g.
    //! personal-data flags' codes into words (ScreenedTextEdit::flagsText). Must be safe on a worker thread.
    QString ( *format )( const QString &stored ) = nullptr;
  };

  //! Rows as read: fids and, per column, one value per row (QString, double, qint64 or null).
  struct Rows
  {
    QVector<QgsFeatureId> fids;
    QVector<QVector<QVariant>> values; //!< [column][row]
    QString error;                     //!< why the file could not be read, or empty
  };

  explicit AttributeTableModel( QObject *parent = nullptr );

  //! Reads the given fids (all rows when empty) of a table of a project file, through a connection of its
  //! own: safe on a worker thread.
  static Rows read( const QString &path, const QString &table, const QVector<Column> &columns,
                    const QgsFeatureIds &fids = QgsFeatureIds() );

  //! Sets the columns and all rows (a new table).
  void setTable( const QVector<Column> &columns, Rows rows );
  //! Replaces or adds the given rows and removes the records that are gone, keeping the sort and filter.
  void updateRows( const Rows &rows, const QgsFeatureIds &removed );
  void clear();

  //! Shows only rows with the text in a text column, or whose fid is the number (empty: no condition), and
  //! only the fids listed when a list is given.
  void setFilter( const QString &text, const std::optional<QgsFeatureIds> &fids );

  const QVector<Column> &columns() const { return mColumns; }
  //! The column of a field, or -1.
  int columnOf( const QString &field ) const;
  //! The fid on a shown row.
  QgsFeatureId fidAt( int row ) const;
  //! The row a fid is shown on, or -1.
  int rowOf( QgsFeatureId fid ) const;
  //! Rows in the table, shown or not.
  int totalRows() const { return mFids.size(); }
  /**
   * Whether the rows are being sorted on a worker thread. A table of kBackgroundSortRows rows or more is
   * sorted there (a click on a header, an edit, a table read again): meanwhile it shows its rows in the order
   * before, then the new order at once.
   */
  bool isSorting() const { return mSorting; }
  static constexpr int kBackgroundSortRows = 250000;

  int rowCount( const QModelIndex &parent = QModelIndex() ) const override;
  int columnCount( const QModelIndex &parent = QModelIndex() ) const override;
  QVariant data( const QModelIndex &index, int role = Qt::DisplayRole ) const override;
  QVariant headerData( int section, Qt::Orientation orientation, int role = Qt::DisplayRole ) const override;
  void sort( int column, Qt::SortOrder order = Qt::AscendingOrder ) override;

signals:
  //! A sort on a worker thread began (true) or its order is shown (false).
  void sortingChanged( bool sorting );

private:
  //! The rows' order by a column (-1: by fid); pure, safe on a worker thread.
  static QVector<int> orderOf( const QVector<Column> &columns, const QVector<QgsFeatureId> &fids,
                               const QVector<QVector<QVariant>> &values, int sortColumn,
                               Qt::SortOrder order );
  //! Sorts a big table on a worker thread, or a small one at once; call inside a model reset.
  void resortSoonOrNow();
  void startBackgroundSort();
  QString display( int column, int row ) const;
  //! Makes mRowOfFid again when it is stale.
  void updateRowOfFid();
  //! Orders all rows by the sort column, then shows those that pass the filter.
  void resort();
  void refilter();
  bool passes( int row ) const;

  QVector<Column> mColumns;
  QVector<QgsFeatureId> mFids;
  QVector<QVector<QVariant>> mValues; //!< [column][row]
  QHash<QgsFeatureId, int> mRowOfFid; //!< fid -> index in mFids
  bool mRowOfFidStale = false;        //!< mRowOfFid to be made again (updateRowOfFid) before use
  QVector<int> mOrder;                //!< all rows, sorted
  QVector<int> mShown;                //!< the rows shown, in order
  //! fid -> shown row, made when first asked for after the rows shown changed (a million rows take a
  //! while: not on every sort).
  mutable QHash<QgsFeatureId, int> mShownRowOfFid;
  mutable bool mShownRowOfFidStale = false;
  int mSortColumn = -1;
  Qt::SortOrder mSortOrder = Qt::AscendingOrder;
  bool mSorting = false;
  int mSortGeneration = 0; //!< a background sort whose number is older is thrown away
  QString mFilterText;
  std::optional<qlonglong> mFilterNumber; //!< the search text read as a fid
  std::optional<QgsFeatureIds> mFilterFids;
};
