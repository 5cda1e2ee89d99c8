#pragma once
// The selected walk's numbered stops in the walks panel: a table of number, name and why the stop is on the
// route (name and reason edited in place), buttons to move a stop up or down, remove it or add one on the
// map, and the selected stop's context: the incidents around it over a period by category, and what earlier
// walks found there with the actions taken.

#include "walkcontext.h"
#include "walkstore.h"

#include <QWidget>

#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

class WalkStopsPanel : public QWidget
{
  Q_OBJECT

public:
  explicit WalkStopsPanel( QWidget *parent = nullptr );

  //! Shows a walk's stops (keeps the selected stop when it is still there).
  void setStops( const std::vector<tryggkarta::WalkStop> &stops );
  const std::vector<tryggkarta::WalkStop> &stops() const { return mStops; }
  //! The selected stop's fid, or 0.
  qint64 selectedStop() const;
  void selectStop( qint64 fid );
  void setEditable( bool editable );

  //! The months of incidents the context counts (3, 6, 12 or 24).
  int contextMonths() const;
  //! How far around a stop the context counts, in metres (50, 100, 200 or 300; 100 by default).
  int contextRadius() const;
  void setContextRadius( int metres );
  //! Shows a stop's context, or a line of text (nothing found, an error, "choose a stop").
  void showContext( const tryggkarta::StopContext &context, int months );
  void showContextText( const QString &text );
  //! The context as HTML, for the panel and for tests.
  static QString contextHtml( const tryggkarta::StopContext &context, int months );

  QTableWidget *table() const { return mTable; }
  QTextBrowser *contextView() const { return mContext; }

signals:
  void stopSelected( qint64 stopFid );
  //! The user changed a stop's name or reason in the table.
  void stopEdited( qint64 stopFid, const QString &name, const QString &reason );
  //! Move the stop one place up (-1) or down (+1).
  void moveRequested( qint64 stopFid, int direction );
  void removeRequested( qint64 stopFid );
  //! Add a stop: the user is to click the map.
  void addRequested();
  void contextPeriodChanged( int months );

private:
  void updateButtons();

  std::vector<tryggkarta::WalkStop> mStops;
  bool mEditable = true;
  bool mFilling = false;
  QTableWidget *mTable = nullptr;
  QPushButton *mUp = nullptr;
  QPushButton *mDown = nullptr;
  QPushButton *mRemove = nullptr;
  QPushButton *mAdd = nullptr;
  QComboBox *mMonths = nullptr;
  QComboBox *mRadius = nullptr;
  QLabel *mContextTitle = nullptr;
  QTextBrowser *mContext = nullptr;
};
