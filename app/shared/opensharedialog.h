#pragma once
// File → Open shared project: the connection to the EST group's PostgreSQL database (a service name from
// pg_service.conf, or host, port, database and login), the password from QGIS's authentication database or
// libpq's own files (never stored in the project file), and where the offline copy is kept.

#include <QDialog>

class QComboBox;
class QLineEdit;
class QgsAuthConfigSelect;

class OpenSharedDialog : public QDialog
{
  Q_OBJECT

public:
  explicit OpenSharedDialog( QWidget *parent = nullptr );
  //! The libpq connection string (service=… or host=… port=… dbname=… user=…).
  QString conninfo() const;
  QString authConfig() const;
  QString copyPath() const;
  void setConninfo( const QString &conninfo );
  void setCopyPath( const QString &path );

private:
  void updateCopyPath();
  QLineEdit *mService = nullptr;
  QLineEdit *mHost = nullptr;
  QLineEdit *mPort = nullptr;
  QLineEdit *mDatabase = nullptr;
  QLineEdit *mUser = nullptr;
  QgsAuthConfigSelect *mAuth = nullptr;
  QLineEdit *mCopy = nullptr;
  bool mCopyEdited = false;
};
