#pragma once
// Changes several incidents at once: category, organisation, place type, count. Only the fields the user
// touches (ticked) change; everything else of each incident stays as it is.

#include "editvocabulary.h"
#include "recordedits.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;

class MultiEditForm : public QDialog
{
  Q_OBJECT

public:
  using SaveHandler = std::function<QString()>;

  //! incidents: how many are changed; otherRecords: selected records that are not incidents (left alone).
  MultiEditForm( const EditVocabulary &vocabulary, int incidents, int otherRecords,
                 QWidget *parent = nullptr );

  //! The fields ticked, with their new values.
  tryggkarta::IncidentChanges changes() const;
  void setSaveHandler( SaveHandler handler ) { mSaveHandler = std::move( handler ); }
  void showError( const QString &message );

public slots:
  void accept() override;

private:
  SaveHandler mSaveHandler;
  QCheckBox *mChangeCategory = nullptr;
  QComboBox *mCategory = nullptr;
  QCheckBox *mChangeOrganisation = nullptr;
  QComboBox *mOrganisation = nullptr;
  QCheckBox *mChangePlaceType = nullptr;
  QComboBox *mPlaceType = nullptr;
  QCheckBox *mChangeWeight = nullptr;
  QDoubleSpinBox *mWeight = nullptr;
  QLabel *mError = nullptr;
};
