#pragma once
// The actions dock's list tab: the filters (status, organisation, priority, area, overdue only,
// interventions), the sortable action table with overdue rows marked, the room's buttons, and the status
// history of the current action. It shows what it is given and says what the user picked; the controller does
// the rest.

#include "actionstore.h"

#include <QList>
#include <QPair>
#include <QWidget>

#include <vector>

class ActionListModel;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;
class QTreeWidget;

class ActionsPanel : public QWidget
{
  Q_OBJECT

public:
  explicit ActionsPanel( QWidget *parent = nullptr );

  //! The buttons above the list (nullptr: a separator).
  void setActions( const QList<QAction *> &actions );
  //! The areas and organisations the filters offer (the choices made stay when still offered).
  void setChoices( const QList<QPair<qint64, QString>> &areas, const QStringList &organisations );
  //! The filter as the widgets have it.
  tryggkarta::ActionFilter filter() const;

  //! Shows these actions; keeps the selection of those still listed.
  void setList( std::vector<tryggkarta::Action> actions, const std::string &today );
  void setHistory( const std::vector<tryggkarta::ActionStatusChange> &history, const QString &title );
  void setNote( const QString &text );

  //! The selected actions' fids, in the list's order.
  std::vector<qint64> selectedActions() const;
  //! The current action's fid, or 0.
  qint64 currentAction() const;
  //! Selects one action (and makes it current); false when it is not listed.
  bool selectAction( qint64 fid );
  //! Selects these actions.
  void selectActions( const std::vector<qint64> &fids );

  ActionListModel *model() const { return mModel; }
  QSortFilterProxyModel *proxy() const { return mProxy; }
  QTableView *table() const { return mTable; }
  QTreeWidget *historyTree() const { return mHistory; }
  QComboBox *statusFilter() const { return mStatus; }
  QComboBox *organisationFilter() const { return mOrganisation; }
  QComboBox *priorityFilter() const { return mPriority; }
  QComboBox *areaFilter() const { return mArea; }
  QComboBox *kindFilter() const { return mKind; }
  QCheckBox *overdueFilter() const { return mOverdue; }
  QLabel *countLabel() const { return mCount; }

signals:
  void filterChanged();
  void currentActionChanged( qint64 fid );
  void selectionChanged();
  //! A row was double-clicked (or Enter pressed on it).
  void actionActivated( qint64 fid );

private:
  qint64 fidAt( const QModelIndex &proxyIndex ) const;

  ActionListModel *mModel = nullptr;
  QSortFilterProxyModel *mProxy = nullptr;
  QToolBar *mToolBar = nullptr;
  QComboBox *mStatus = nullptr;
  QComboBox *mOrganisation = nullptr;
  QComboBox *mPriority = nullptr;
  QComboBox *mArea = nullptr;
  QComboBox *mKind = nullptr;
  QCheckBox *mOverdue = nullptr;
  QTableView *mTable = nullptr;
  QLabel *mCount = nullptr;
  QLabel *mNote = nullptr;
  QLabel *mHistoryTitle = nullptr;
  QTreeWidget *mHistory = nullptr;
  bool mFilling = false;
};
