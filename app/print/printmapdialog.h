#pragma once
// Asking what to print: the template (A4/A3, liggande/stående; the project's own version where it has one),
// the title and subtitle (made from what the map shows, editable) and the publishing mode, with a preview of
// the sheet in QGIS's layout view.

#include "printtemplates.h"

#include <QDialog>
#include <QTimer>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QgsLayoutView;
class QgsPrintLayout;

//! What the dialog asks for.
struct PrintChoice
{
  PrintTemplate printTemplate;
  QString title;
  QString subtitle;
  bool publicMode = false;
};

class PrintMapDialog : public QDialog
{
  Q_OBJECT

public:
  /**
   * Builds the layout for a choice (for the preview) or says why not (an error text, shown instead of the
   * preview).
   */
  using LayoutBuilder = std::function<std::unique_ptr<QgsPrintLayout>( const PrintChoice &, QString *error )>;

  //! title, subtitle: proposed (editable); storedTemplates: the templates the project has its own version of.
  PrintMapDialog( const QString &title, const QString &subtitle, const QStringList &storedTemplates,
                  LayoutBuilder builder, QWidget *parent = nullptr );
  ~PrintMapDialog() override;

  PrintChoice choice() const;
  //! The layout of the preview, as the choice now makes it (nullptr when it cannot be made).
  QgsPrintLayout *layout() const { return mPrintable ? mLayout.get() : nullptr; }
  //! Builds the preview now (it otherwise follows changes after a short pause).
  void updatePreview();

protected:
  //! The whole sheet stays in view as the dialog is shown and resized.
  void resizeEvent( QResizeEvent *event ) override;
  void showEvent( QShowEvent *event ) override;

private:
  void fitPreview();
  LayoutBuilder mBuilder;
  QComboBox *mTemplate = nullptr;
  QLineEdit *mTitle = nullptr;
  QLineEdit *mSubtitle = nullptr;
  QCheckBox *mPublic = nullptr;
  QgsLayoutView *mView = nullptr;
  QLabel *mProblem = nullptr;
  std::unique_ptr<QgsPrintLayout> mLayout;
  bool mPrintable = false;
  QTimer mPreviewTimer;
};
