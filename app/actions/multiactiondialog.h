#pragma once
// Changing several actions at once: the responsible organisation and/or the deadline, only the ticked
// fields. One transaction and one undo step for all of them (ActionEditor::updateActions).

#include "actionstore.h"

#include <QDialog>
#include <QStringList>

#include <functional>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

class MultiActionDialog : public QDialog
{
  Q_OBJECT

public:
  //! Stores the changed actions; returns an error message or an empty string.
  using Save = std::function<QString( const std::vector<tryggkarta::Action> & )>;

  MultiActionDialog( const std::vector<tryggkarta::Action> &actions, const QStringList &organisations,
                     Save save, QWidget *parent = nullptr );

  //! The actions with the ticked fields changed.
  std::vector<tryggkarta::Action> changed() const;
  QString errorText() const;
  QCheckBox *responsibleBox() const { return mSetResponsible; }
  QComboBox *responsibleCombo() const { return mResponsible; }
  QCheckBox *deadlineBox() const { return mSetDeadline; }
  QLineEdit *deadlineEdit() const { return mDeadline; }

  void trySave();

private:
  void showError( const QString &message );

  std::vector<tryggkarta::Action> mActions;
  Save mSave;
  QLabel *mError = nullptr;
  QCheckBox *mSetResponsible = nullptr;
  QComboBox *mResponsible = nullptr;
  QCheckBox *mSetDeadline = nullptr;
  QLineEdit *mDeadline = nullptr;
};
