#pragma once
// The open conflicts of an offline copy, each with both versions side by side (this copy's and the shared
// database's, the differing fields marked), and the choice of which to keep; the next synchronisation carries
// the choice out. A row the shared database refused shows its reason.

#include "sync.h"

#include <QDialog>

#include <cstdint>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace tryggkarta
{
class Database;
} // namespace tryggkarta

class ConflictsDialog : public QDialog
{
  Q_OBJECT

public:
  ConflictsDialog( tryggkarta::Database &db, QWidget *parent = nullptr );
  int conflictCount() const;
  //! For tests: settles the conflict shown at row, keeping this copy's version or the shared one.
  bool resolve( int row, bool keepLocal );
  //! For tests: the two versions shown (field, here, shared) for the selected conflict.
  QTableWidget *comparison() const { return mComparison; }

private:
  void reload();
  void showConflict( int row );
  tryggkarta::Database &mDb;
  QListWidget *mList = nullptr;
  QLabel *mWhat = nullptr;
  QTableWidget *mComparison = nullptr;
  QPushButton *mKeepLocal = nullptr;
  QPushButton *mKeepShared = nullptr;
  std::vector<tryggkarta::SyncConflict> mConflicts;
};
