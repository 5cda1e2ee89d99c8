#pragma once
// A free-text field screened for personal data as the user types (core/textscreening.h): a warning line under
// it names what was found. Reports describe places and situations, never persons.

#include "textscreening.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

class ScreenedTextEdit : public QWidget
{
  Q_OBJECT

public:
  explicit ScreenedTextEdit( QWidget *parent = nullptr );

  QString text() const;
  void setText( const QString &text );
  void setPlaceholderText( const QString &text );
  QPlainTextEdit *editor() const { return mEditor; }

  //! What the text holds now, by kind, in the user's language ("personnummer", "phone number", ...).
  QStringList findings() const { return mFindings; }
  bool hasFindings() const { return !mFindings.isEmpty(); }
  //! Whether the form keeps personal data as written: only the warning's wording changes.
  void setKeepPersonalData( bool keep );

  //! The name of a kind of personal data for messages.
  static QString kindLabel( tryggkarta::PersonalDataKind kind );
  /**
   * Stored personal-data flags (comma-separated kind codes as the core writes them: "personnummer,phone")
   * in the user's language ("personnummer, telefonnummer"): how every list, table and identify result shows
   * them. An unknown code is shown as it is.
   */
  static QString flagsText( const QString &flags );

signals:
  //! The set of kinds found changed (found: anything at all).
  void findingsChanged( bool found );
  //! Enter was pressed without Shift: the form should save (Shift+Enter starts a new line).
  void submitRequested();

protected:
  bool eventFilter( QObject *watched, QEvent *event ) override;

private:
  void screen();
  void updateWarning();

  QPlainTextEdit *mEditor = nullptr;
  QLabel *mWarning = nullptr;
  QStringList mFindings;
  bool mKeep = false;
};
