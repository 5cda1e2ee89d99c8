#include "priorityform.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace
{
QString text( const std::string &value )
{
  return QString::fromStdString( value );
}
} // namespace

QList<PriorityForm::Period> PriorityForm::periodsAround( const QDate &today )
{
  QList<Period> periods;
  // This and the previous tertial (EST's deeper analysis), then this and the previous quarter.
  const int year = today.year();
  const int tertial = ( today.month() - 1 ) / 4; // 0..2
  for ( int back = 0; back <= 1; ++back )
  {
    int t = tertial - back;
    int y = year;
    if ( t < 0 )
    {
      t += 3;
      --y;
    }
    const QDate from( y, t * 4 + 1, 1 );
    periods << Period{ QStringLiteral( "T%1 %2" ).arg( t + 1 ).arg( y ), from,
                       from.addMonths( 4 ).addDays( -1 ) };
  }
  const int quarter = ( today.month() - 1 ) / 3;
  for ( int back = 0; back <= 1; ++back )
  {
    int q = quarter - back;
    int y = year;
    if ( q < 0 )
    {
      q += 4;
      --y;
    }
    const QDate from( y, q * 3 + 1, 1 );
    periods << Period{ QStringLiteral( "Q%1 %2" ).arg( q + 1 ).arg( y ), from,
                       from.addMonths( 3 ).addDays( -1 ) };
  }
  return periods;
}

PriorityForm::PriorityForm( const tryggkarta::Priority &priority, const QList<QPair<qint64, QString>> &areas,
                            const QList<Category> &categories, const QDate &today, Save save, Figures figures,
                            QWidget *parent )
  : QDialog( parent ), mPriority( priority ), mSave( std::move( save ) ), mFiguresOf( std::move( figures ) )
{
  setObjectName( QStringLiteral( "PriorityForm" ) );
  setWindowTitle( priority.fid ? tr( "Priority %1" ).arg( priority.fid ) : tr( "New Priority" ) );
  auto *layout = new QVBoxLayout( this );
  mError = new QLabel( this );
  mError->setWordWrap( true );
  mError->setStyleSheet( QStringLiteral( "color: #b00000; font-weight: bold;" ) );
  mError->hide();
  layout->addWidget( mError );
  auto *form = new QFormLayout();
  layout->addLayout( form );

  const QList<Period> periods = periodsAround( today );
  mPeriod = new QComboBox( this );
  mPeriod->addItem( tr( "(own dates)" ) );
  for ( const Period &p : periods )
    mPeriod->addItem(
      tr( "%1 (%2 – %3)" ).arg( p.label, p.from.toString( Qt::ISODate ), p.until.toString( Qt::ISODate ) ) );
  form->addRow( tr( "Period" ), mPeriod );
  auto *dates = new QHBoxLayout();
  mLabel = new QLineEdit( text( priority.periodLabel ), this );
  mLabel->setPlaceholderText( tr( "e.g. T3 2026" ) );
  mFrom = new QDateEdit( this );
  mUntil = new QDateEdit( this );
  for ( QDateEdit *edit : { mFrom, mUntil } )
  {
    edit->setCalendarPopup( true );
    edit->setDisplayFormat( QStringLiteral( "yyyy-MM-dd" ) );
  }
  const QDate from = QDate::fromString( text( priority.periodFrom ), Qt::ISODate );
  const QDate until = QDate::fromString( text( priority.periodUntil ), Qt::ISODate );
  mFrom->setDate( from.isValid() ? from : periods.first().from );
  mUntil->setDate( until.isValid() ? until : periods.first().until );
  if ( priority.periodLabel.empty() )
    mLabel->setText( periods.first().label );
  dates->addWidget( mLabel );
  dates->addWidget( mFrom );
  dates->addWidget( new QLabel( QStringLiteral( "–" ), this ) );
  dates->addWidget( mUntil );
  form->addRow( tr( "Label and dates" ), dates );
  connect( mPeriod, qOverload<int>( &QComboBox::activated ), this,
           [this, periods]( int index )
           {
             if ( index < 1 || index > periods.size() )
               return;
             const Period &p = periods.at( index - 1 );
             mLabel->setText( p.label );
             mFrom->setDate( p.from );
             mUntil->setDate( p.until );
             fillFigures();
           } );

  mRank = new QSpinBox( this );
  mRank->setRange( 0, 99 );
  mRank->setSpecialValueText( tr( "(no rank)" ) );
  mRank->setValue( priority.rank.value_or( 0 ) );
  form->addRow( tr( "Rank" ), mRank );

  mArea = new QComboBox( this );
  mArea->setObjectName( QStringLiteral( "PriorityAreaCombo" ) );
  mArea->addItem( tr( "(choose an area)" ), QVariant::fromValue<qint64>( 0 ) );
  for ( const auto &[fid, name] : areas )
    mArea->addItem( name, QVariant::fromValue<qint64>( fid ) );
  if ( priority.areaId )
    mArea->setCurrentIndex(
      std::max( 0, mArea->findData( QVariant::fromValue<qint64>( *priority.areaId ) ) ) );
  form->addRow( tr( "Area" ), mArea );

  mProblem = new QPlainTextEdit( text( priority.problem ), this );
  mProblem->setPlaceholderText( tr( "The problem in words: what, where, when (required)" ) );
  mProblem->setMaximumHeight( 60 );
  form->addRow( tr( "Problem" ), mProblem );

  mCategories = new QListWidget( this );
  mCategories->setMaximumHeight( 90 );
  for ( const Category &category : categories )
  {
    auto *item = new QListWidgetItem( category.label, mCategories );
    item->setData( Qt::UserRole, category.code );
    item->setFlags( item->flags() | Qt::ItemIsUserCheckable );
    const bool checked = std::find( priority.categories.begin(), priority.categories.end(),
                                    category.code.toStdString() ) != priority.categories.end();
    item->setCheckState( checked ? Qt::Checked : Qt::Unchecked );
  }
  form->addRow( tr( "Categories (none: all)" ), mCategories );

  auto *figuresBox = new QVBoxLayout();
  mFigures = new QTableWidget( 0, 2, this );
  mFigures->setHorizontalHeaderLabels( { tr( "Figure" ), tr( "Value" ) } );
  mFigures->horizontalHeader()->setSectionResizeMode( 0, QHeaderView::Stretch );
  mFigures->verticalHeader()->hide();
  mFigures->setEditTriggers( QAbstractItemView::NoEditTriggers );
  mFigures->setMaximumHeight( 130 );
  auto *fill = new QPushButton( tr( "Fill in the Figures" ), this );
  fill->setToolTip( tr( "The area's events in the period against the previous period and a year before, and "
                        "its rank among the areas" ) );
  figuresBox->addWidget( mFigures );
  figuresBox->addWidget( fill, 0, Qt::AlignLeft );
  form->addRow( tr( "Figures" ), figuresBox );
  connect( fill, &QPushButton::clicked, this, &PriorityForm::fillFigures );
  connect( mArea, qOverload<int>( &QComboBox::activated ), this, &PriorityForm::fillFigures );
  mFigureValues = priority.figures;
  showFigures( priority.figures );

  mCause = new QPlainTextEdit( text( priority.causeAnalysis ), this );
  mCause->setMaximumHeight( 60 );
  mCause->setPlaceholderText( tr( "Why it happens here: place, situation, environment (never persons)" ) );
  form->addRow( tr( "Cause analysis" ), mCause );
  mGoal = new QPlainTextEdit( text( priority.goal ), this );
  mGoal->setMaximumHeight( 50 );
  form->addRow( tr( "Goal" ), mGoal );
  mStatus = new QComboBox( this );
  mStatus->addItem( tr( "Active" ), QStringLiteral( "active" ) );
  mStatus->addItem( tr( "Closed" ), QStringLiteral( "closed" ) );
  mStatus->setCurrentIndex( priority.status == "closed" ? 1 : 0 );
  form->addRow( tr( "Status" ), mStatus );

  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Save | QDialogButtonBox::Cancel, this );
  layout->addWidget( buttons );
  connect( buttons, &QDialogButtonBox::accepted, this, &PriorityForm::trySave );
  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
  resize( 560, sizeHint().height() );
}

void PriorityForm::showFigures( const std::vector<tryggkarta::PriorityFigure> &figures )
{
  mFigures->setRowCount( static_cast<int>( figures.size() ) );
  for ( int row = 0; row < static_cast<int>( figures.size() ); ++row )
  {
    mFigures->setItem( row, 0, new QTableWidgetItem( text( figures[row].label ) ) );
    mFigures->setItem( row, 1, new QTableWidgetItem( text( figures[row].value ) ) );
  }
}

void PriorityForm::fillFigures()
{
  const qint64 area = mArea->currentData().toLongLong();
  if ( area <= 0 || !mFiguresOf )
    return;
  QStringList codes;
  for ( int i = 0; i < mCategories->count(); ++i )
    if ( mCategories->item( i )->checkState() == Qt::Checked )
      codes << mCategories->item( i )->data( Qt::UserRole ).toString();
  QString error;
  auto figures = mFiguresOf( area, mFrom->date().toString( Qt::ISODate ),
                             mUntil->date().toString( Qt::ISODate ), codes, &error );
  if ( !figures )
    return showError( error );
  showError( QString() );
  mFigureValues = *figures;
  showFigures( mFigureValues );
}

tryggkarta::Priority PriorityForm::priority() const
{
  tryggkarta::Priority p = mPriority;
  p.periodLabel = mLabel->text().trimmed().toStdString();
  p.periodFrom = mFrom->date().toString( Qt::ISODate ).toStdString();
  p.periodUntil = mUntil->date().toString( Qt::ISODate ).toStdString();
  p.rank = mRank->value() > 0 ? std::optional<int>( mRank->value() ) : std::nullopt;
  const qint64 area = mArea->currentData().toLongLong();
  p.areaId = area > 0 ? std::optional<int64_t>( area ) : std::nullopt;
  if ( p.placeKind.empty() )
    p.placeKind = "area";
  p.problem = mProblem->toPlainText().trimmed().toStdString();
  p.categories.clear();
  for ( int i = 0; i < mCategories->count(); ++i )
    if ( mCategories->item( i )->checkState() == Qt::Checked )
      p.categories.push_back( mCategories->item( i )->data( Qt::UserRole ).toString().toStdString() );
  p.figures = mFigureValues;
  p.causeAnalysis = mCause->toPlainText().trimmed().toStdString();
  p.goal = mGoal->toPlainText().trimmed().toStdString();
  p.status = mStatus->currentData().toString().toStdString();
  return p;
}

QString PriorityForm::errorText() const
{
  return mError->isHidden() ? QString() : mError->text();
}

void PriorityForm::showError( const QString &message )
{
  mError->setText( message );
  mError->setVisible( !message.isEmpty() );
}

void PriorityForm::trySave()
{
  const tryggkarta::Priority p = priority();
  if ( p.problem.empty() )
  {
    mProblem->setFocus();
    return showError( tr( "Describe the problem." ) );
  }
  if ( p.placeKind == "area" && !p.areaId )
    return showError( tr( "Choose the area." ) );
  const QString problem = mSave ? mSave( p ) : QString();
  if ( !problem.isEmpty() )
    return showError( problem );
  accept();
}
