#pragma once
// What an import did: counts, warnings and every rejected row with its reason.

#include "importworker.h"

#include <QDialog>

class QTableWidget;

//! Shows the report of one import; non-modal so the user can keep it open beside the map.
class ImportResultDialog : public QDialog
{
  Q_OBJECT

public:
  explicit ImportResultDialog( const ImportOutcome &outcome, QWidget *parent = nullptr );

  //! One sentence on what happened, e.g. "120 rows imported, 3 rejected."
  static QString summaryText( const tryggkarta::ImportReport &report );

  //! A place precision code ("municipality", ...) in words.
  static QString precisionLabel( const QString &precision );

  //! The table of rejected rows (row number, reason, raw row).
  QTableWidget *rejectsTable() const { return mRejectsTable; }

private:
  QTableWidget *mRejectsTable = nullptr;
};
