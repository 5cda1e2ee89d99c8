#pragma once
// The panel of analysis results stored in the project: name, method and when, the selection and parameters
// in words (from the provenance stored with each), and Show on map, Remove and Export.

#include "results.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;
class QgsMapCanvas;
class QgsProject;

class ResultsPanel : public QWidget
{
  Q_OBJECT

public:
  ResultsPanel( QgsProject *project, QgsMapCanvas *canvas, QWidget *parent = nullptr );

  //! The open project file (empty for none); lists its results.
  void setProjectPath( const QString &path, const QMap<QString, QString> &categoryLabels );
  //! The project file whose results are listed (empty for none).
  QString projectPath() const { return mPath; }
  //! Reads the list of results from the file again.
  void refresh();

  //! The results listed, oldest first.
  const std::vector<tryggkarta::StoredResult> &results() const { return mResults; }
  //! The name of the result selected in the list, or empty.
  QString currentName() const;
  //! Selects a result by name; false when it is not listed.
  bool setCurrentName( const QString &name );

  //! Shows a result on the map (its layers on top of the group "Analyses"); an error message or empty.
  QString showOnMap( const QString &name );
  //! Removes a result from the map and the project file, without asking; an error message or empty.
  QString removeResult( const QString &name );
  //! Writes a result to a file as ResultStore::exportTo does; an error message or empty.
  QString exportResult( const QString &name, const QString &path );

signals:
  //! Something to tell in the status bar.
  void message( const QString &text );

private:
  void updateDetails();
  void updateShownMarks();
  const tryggkarta::StoredResult *find( const QString &name ) const;
  void askAndRemove();
  void askAndExport();
  void showError( const QString &title, const QString &text );

  QPointer<QgsProject> mProject;
  QPointer<QgsMapCanvas> mCanvas;
  QString mPath;
  QMap<QString, QString> mCategoryLabels;
  std::vector<tryggkarta::StoredResult> mResults;
  QTreeWidget *mList = nullptr;
  QLabel *mDetails = nullptr;
  QPushButton *mShowButton = nullptr;
  QPushButton *mRemoveButton = nullptr;
  QPushButton *mExportButton = nullptr;
};
