#pragma once
// The action list as a table: one row per action the store's filter let through, with what, kind,
// responsible, priority, deadline, status, area and what it is linked to. Overdue rows are marked with an
// icon and a word as well as a colour. Sorting goes through Qt::UserRole (the raw value), so a proxy sorts
// dates and priorities right.

#include "actionstore.h"

#include <QAbstractTableModel>

#include <vector>

class ActionListModel : public QAbstractTableModel
{
  Q_OBJECT

public:
  enum Column
  {
    Title,
    Kind,
    Responsible,
    Priority,
    Deadline,
    Status,
    Area,
    Link,
    ColumnCount
  };
  //! The row's action fid (Qt::UserRole + 1 on every column).
  static constexpr int FidRole = Qt::UserRole + 1;
  //! True for an overdue row.
  static constexpr int OverdueRole = Qt::UserRole + 2;

  explicit ActionListModel( QObject *parent = nullptr );

  //! Shows these actions; today (YYYY-MM-DD) decides which are overdue.
  void setActions( std::vector<tryggkarta::Action> actions, const std::string &today );
  const std::vector<tryggkarta::Action> &actions() const { return mActions; }
  //! The row of an action, or -1.
  int rowOf( qint64 fid ) const;
  const tryggkarta::Action *actionAt( int row ) const;
  int overdueCount() const;

  int rowCount( const QModelIndex &parent = QModelIndex() ) const override;
  int columnCount( const QModelIndex &parent = QModelIndex() ) const override;
  QVariant data( const QModelIndex &index, int role = Qt::DisplayRole ) const override;
  QVariant headerData( int section, Qt::Orientation orientation, int role = Qt::DisplayRole ) const override;

private:
  std::vector<tryggkarta::Action> mActions;
  std::vector<bool> mOverdue;
};
