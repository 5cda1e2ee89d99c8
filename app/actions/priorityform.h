#pragma once
// The form of one priority (prioriterat problem): the period (a tertial or quarter, or dates), its rank, the
// area chosen from the project's areas, the problem in words, the categories it rests on, the figures that
// made it a priority (filled by the core for the chosen area, period and categories), the cause analysis and
// the goal. Saving goes through a callback; the core's refusal is shown in the form, which stays open.

#include "actionstore.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QPair>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

class PriorityForm : public QDialog
{
  Q_OBJECT

public:
  struct Category
  {
    QString code;
    QString label;
  };
  using Save = std::function<QString( const tryggkarta::Priority & )>;
  //! The figures for an area, a period and categories (codes), or nothing with error set.
  using Figures = std::function<std::optional<std::vector<tryggkarta::PriorityFigure>>(
    qint64 areaId, const QString &from, const QString &until, const QStringList &categories,
    QString *error )>;

  PriorityForm( const tryggkarta::Priority &priority, const QList<QPair<qint64, QString>> &areas,
                const QList<Category> &categories, const QDate &today, Save save, Figures figures,
                QWidget *parent = nullptr );

  tryggkarta::Priority priority() const;
  QString errorText() const;
  QComboBox *areaCombo() const { return mArea; }
  QPlainTextEdit *problemEdit() const { return mProblem; }
  QTableWidget *figuresTable() const { return mFigures; }

  //! The figures for the area, period and categories chosen now.
  void fillFigures();
  void trySave();

  //! Tertial and quarter periods around a date: label, first and last day.
  struct Period
  {
    QString label;
    QDate from;
    QDate until;
  };
  static QList<Period> periodsAround( const QDate &today );

private:
  void showError( const QString &message );
  void showFigures( const std::vector<tryggkarta::PriorityFigure> &figures );

  tryggkarta::Priority mPriority;
  Save mSave;
  Figures mFiguresOf;
  std::vector<tryggkarta::PriorityFigure> mFigureValues;
  QLabel *mError = nullptr;
  QComboBox *mPeriod = nullptr;
  QLineEdit *mLabel = nullptr;
  QDateEdit *mFrom = nullptr;
  QDateEdit *mUntil = nullptr;
  QSpinBox *mRank = nullptr;
  QComboBox *mArea = nullptr;
  QPlainTextEdit *mProblem = nullptr;
  QListWidget *mCategories = nullptr;
  QTableWidget *mFigures = nullptr;
  QPlainTextEdit *mCause = nullptr;
  QPlainTextEdit *mGoal = nullptr;
  QComboBox *mStatus = nullptr;
};
