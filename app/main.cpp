// tryggkarta: the desktop app. Opens the project given on the command line, if any.

#include "mainwindow.h"
#include "qgisinit.h"

#include <qgsapplication.h>

#include <QMessageBox>

int main( int argc, char *argv[] )
{
  QgisApplicationPtr app = initQgis( argc, argv );
  MainWindow window;
  window.show();
  const QStringList arguments = QCoreApplication::arguments();
  if ( arguments.size() > 1 )
  {
    const QString error = window.openProject( arguments.at( 1 ) );
    if ( !error.isEmpty() )
      QMessageBox::warning( &window, MainWindow::tr( "Open Project" ), error );
  }
  return app->exec();
}
