#pragma once
// Registrera: entering what a walk found, stop by stop (Föregående/Nästa, stop N of M). Each stop shows the
// project's checklist items with a 0–3 rating (or "not rated"), problem or good place, a note and a proposed
// action (screened for personal data as they are typed) and who should act. Saving a stop writes its
// observations (at the stop, on the walk, confirmed) as one undoable step; observations already recorded
// there are shown and changed, never entered twice. Drafts made from photos are listed to confirm or delete,
// and an observation's proposed action becomes a real action with one click.

#include "editvocabulary.h"
#include "recordedits.h"
#include "walkprotocol.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QPointer>

#include <optional>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QVBoxLayout;
class RecordEditor;
class ScreenedTextEdit;
class WalkEditor;

class RecordWalkDialog : public QDialog
{
  Q_OBJECT

public:
  //! walks: reads the walk and its protocol; records: writes the observations (with undo).
  RecordWalkDialog( qint64 walkId, WalkEditor *walks, RecordEditor *records, bool english,
                    QWidget *parent = nullptr );
  ~RecordWalkDialog() override;

  //! The stop shown (0-based) and how many there are.
  int currentStop() const { return mCurrent; }
  int stopCount() const { return static_cast<int>( mProtocol ? mProtocol->stops.size() : 0 ); }
  //! Shows a stop (saving the one shown first); false when its changes could not be saved.
  bool showStop( int index );
  //! Saves the stop shown, as one undoable step; an error message or an empty string.
  QString saveCurrentStop();
  //! True when the stop shown holds changes not yet saved.
  bool isModified() const;

  // For tests and the identify panel: the rows of the stop shown, one per checklist item.
  //! Sets an item's rating (nothing: not rated).
  void setRating( const QString &item, std::optional<int> rating );
  std::optional<int> rating( const QString &item ) const;
  void setPositive( const QString &item, std::optional<bool> positive );
  void setNote( const QString &item, const QString &note );
  QString note( const QString &item ) const;
  void setProposedAction( const QString &item, const QString &action, const QString &responsible,
                          const QDate &deadline = QDate() );
  //! The observation recorded for an item at the stop shown, if any.
  std::optional<qint64> observationOf( const QString &item ) const;
  //! Makes the item's observation's proposed action an action; an error message or an empty string.
  QString makeAction( const QString &item );
  //! The draft observations (from photos) of the walk: fid and a line describing each.
  QList<QPair<qint64, QString>> drafts() const;
  QString confirmDraft( qint64 observationFid );
  QString deleteDraft( qint64 observationFid );

  QLabel *stopLabel() const { return mStopLabel; }
  QPushButton *nextButton() const { return mNext; }
  QPushButton *previousButton() const { return mPrevious; }

  //! Makes an action of an observation's proposed action and tells the user its number; the error or "".
  static QString createAction( WalkEditor *walks, qint64 observationFid, QWidget *parent );

public slots:
  void accept() override;

signals:
  //! An action was made from an observation.
  void actionCreated( qint64 actionFid );

private:
  struct Row
  {
    QString item;
    QString label;
    std::optional<qint64> observation;
    tryggkarta::ObservationRecord stored; //!< as stored (or the new record's defaults)
    bool hasAction = false;
    QButtonGroup *rating = nullptr;
    QComboBox *positive = nullptr;
    ScreenedTextEdit *note = nullptr;
    ScreenedTextEdit *action = nullptr;
    QComboBox *responsible = nullptr;
    QCheckBox *hasDeadline = nullptr;
    QDateEdit *deadline = nullptr;
    QString shownDeadline; //!< the deadline as first shown (ISO), empty: none
    QPushButton *makeAction = nullptr;
  };

  //! Reads the walk's protocol again (after a save, a confirmed draft, an action).
  bool reload();
  void buildStop();
  tryggkarta::ObservationRecord recordOf( const Row &row ) const;
  static bool isEmpty( const tryggkarta::ObservationRecord &record );
  const Row *rowOf( const QString &item ) const;
  Row *rowOf( const QString &item );
  void fillDrafts();
  void updateNavigation();
  void showProblem( const QString &message );

  qint64 mWalkId = 0;
  QPointer<WalkEditor> mWalks;
  QPointer<RecordEditor> mRecords;
  std::optional<tryggkarta::WalkProtocol> mProtocol;
  EditVocabulary mVocabulary;
  bool mEnglish = false;
  int mCurrent = 0;
  std::vector<Row> mRows;
  std::optional<int64_t> mObservedUtc;
  QLabel *mTitle = nullptr;
  QLabel *mStopLabel = nullptr;
  QLabel *mStopReason = nullptr;
  QComboBox *mLight = nullptr;
  QScrollArea *mScroll = nullptr;
  QWidget *mItems = nullptr;
  QLabel *mOthers = nullptr;
  QListWidget *mDrafts = nullptr;
  QPushButton *mConfirmDraft = nullptr;
  QPushButton *mDeleteDraft = nullptr;
  QLabel *mError = nullptr;
  QPushButton *mPrevious = nullptr;
  QPushButton *mNext = nullptr;
  QPushButton *mSave = nullptr;
};
