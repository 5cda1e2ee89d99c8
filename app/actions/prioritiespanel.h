#pragma once
// The actions dock's priorities tab: the priorities of a period (period label, rank, area, problem, the
// figures that made it one, how many actions act on it) and the buttons to add, edit and act on them.

#include "actionstore.h"

#include <QWidget>

#include <vector>

class QAction;
class QComboBox;
class QLabel;
class QToolBar;
class QTreeWidget;

class PrioritiesPanel : public QWidget
{
  Q_OBJECT

public:
  explicit PrioritiesPanel( QWidget *parent = nullptr );

  void setActions( const QList<QAction *> &actions );
  //! The periods to choose from (labels, newest first); keeps the chosen one when it is still there.
  void setPeriods( const QStringList &labels );
  //! The period chosen ("" for all).
  QString period() const;
  void setPriorities( const std::vector<tryggkarta::Priority> &priorities );
  const std::vector<tryggkarta::Priority> &priorities() const { return mPriorities; }
  //! The selected priority's fid, or 0.
  qint64 selectedPriority() const;
  void selectPriority( qint64 fid );
  QTreeWidget *list() const { return mList; }

signals:
  void periodChanged();
  void prioritySelected( qint64 fid );
  void priorityActivated( qint64 fid );

private:
  std::vector<tryggkarta::Priority> mPriorities;
  QToolBar *mToolBar = nullptr;
  QComboBox *mPeriod = nullptr;
  QTreeWidget *mList = nullptr;
  QLabel *mCount = nullptr;
  bool mFilling = false;
};
