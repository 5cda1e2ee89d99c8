#pragma once
// The page the window shows when no project is open: open the demo, a new or an existing project, or one of
// the recent ones.

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QPushButton;

class WelcomePage : public QWidget
{
  Q_OBJECT

public:
  explicit WelcomePage( QWidget *parent = nullptr );

  //! Reads the recent projects again.
  void refresh();
  //! The list of recent projects (one item per file; the path is in Qt::UserRole).
  QListWidget *recentList() const { return mRecent; }
  QPushButton *demoButton() const { return mDemoButton; }

signals:
  void openDemoRequested();
  void newProjectRequested();
  void openProjectRequested();
  void openRecentRequested( const QString &path );

private:
  void openItem( QListWidgetItem *item );

  QListWidget *mRecent = nullptr;
  QWidget *mRecentBox = nullptr;
  QPushButton *mDemoButton = nullptr;
};
