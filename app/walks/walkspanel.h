#pragma once
// The walks panel (the dock "Trygghetsvandringar"): the project's walks with their date, status, stops,
// observations and route length, the walks room's buttons, and the selected walk's plan and stops.

#include "walkstore.h"

#include <QList>
#include <QWidget>

#include <vector>

class QAction;
class QLabel;
class QTabWidget;
class QToolBar;
class QTreeWidget;
class WalkForm;
class WalkStopsPanel;

class WalksPanel : public QWidget
{
  Q_OBJECT

public:
  explicit WalksPanel( QWidget *parent = nullptr );

  //! The buttons above the list (nullptr: a separator).
  void setActions( const QList<QAction *> &actions );
  void setEnglish( bool english ) { mEnglish = english; }

  //! Shows the walks; keeps the selection when the walk is still there.
  void setWalks( const std::vector<tryggkarta::WalkSummary> &walks );
  const std::vector<tryggkarta::WalkSummary> &walks() const { return mWalks; }
  //! The selected walk's fid, or 0.
  qint64 selectedWalk() const;
  void selectWalk( qint64 fid );
  //! A line under the list (the walk's route, an error).
  void setNote( const QString &text );

  WalkForm *form() const { return mForm; }
  WalkStopsPanel *stopsPanel() const { return mStops; }
  QTreeWidget *list() const { return mList; }
  QTabWidget *tabs() const { return mTabs; }
  //! Shows the stops tab.
  void showStops();

signals:
  void walkSelected( qint64 walkId );

private:
  std::vector<tryggkarta::WalkSummary> mWalks;
  bool mEnglish = false;
  bool mFilling = false;
  QToolBar *mToolBar = nullptr;
  QTreeWidget *mList = nullptr;
  QLabel *mNote = nullptr;
  QTabWidget *mTabs = nullptr;
  WalkForm *mForm = nullptr;
  WalkStopsPanel *mStops = nullptr;
};
