#include "filterpanel.h"

#include "qgisinit.h"

#include "datetimeparser.h"

#include <QScopedValueRollback>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QScrollArea>
#include <QSlider>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace
{
QIcon swatch( const QString &color )
{
  QPixmap pixmap( 12, 12 );
  pixmap.fill( Qt::transparent );
  QPainter painter( &pixmap );
  painter.setRenderHint( QPainter::Antialiasing );
  painter.setBrush( QColor( color ) );
  painter.setPen( QColor( color ).darker( 140 ) );
  painter.drawEllipse( QRectF( 1, 1, 10, 10 ) );
  return QIcon( pixmap );
}

QDate mondayOf( QDate date )
{
  return date.addDays( 1 - date.dayOfWeek() );
}

int64_t localMidnightUtc( QDate date )
{
  return tryggkarta::stockholmToUtc( date.year(), date.month(), date.day(), 0, 0, 0 );
}
} // namespace

FilterPanel::FilterPanel( QWidget *parent ) : QWidget( parent )
{
  setObjectName( QStringLiteral( "FilterPanel" ) );
  auto *content = new QWidget;
  auto *layout = new QVBoxLayout( content );
  layout->setContentsMargins( 6, 6, 6, 6 );

  // Period.
  auto *periodBox = new QGroupBox( tr( "Period" ) );
  auto *periodLayout = new QFormLayout( periodBox );
  mPresetCombo = new QComboBox;
  mPresetCombo->setObjectName( QStringLiteral( "PeriodPreset" ) );
  mPresetCombo->addItems( { tr( "Last week" ), tr( "Last month" ), tr( "This tertial" ), tr( "This year" ),
                            tr( "All dates" ), tr( "Custom" ) } );
  periodLayout->addRow( tr( "Show" ), mPresetCombo );
  mFromEdit = new QDateEdit;
  mUntilEdit = new QDateEdit;
  for ( QDateEdit *edit : { mFromEdit, mUntilEdit } )
  {
    edit->setCalendarPopup( true );
    edit->setDisplayFormat( QStringLiteral( "yyyy-MM-dd" ) );
  }
  periodLayout->addRow( tr( "From" ), mFromEdit );
  periodLayout->addRow( tr( "Until" ), mUntilEdit );
  mCompareCheck = new QCheckBox( tr( "Compare with the previous period" ) );
  mCompareCheck->setObjectName( QStringLiteral( "CompareWithPrevious" ) );
  periodLayout->addRow( mCompareCheck );
  mStaleNote = new QLabel;
  mStaleNote->setObjectName( QStringLiteral( "StaleDataNote" ) );
  mStaleNote->setWordWrap( true );
  mStaleNote->setStyleSheet( QStringLiteral( "color: #8a4b00;" ) );
  mStaleNote->setToolTip( tr( "The newest data of these organisations or sources is older than the start "
                              "of the period: they have not reported for it (yet)." ) );
  mStaleNote->hide();
  periodLayout->addRow( mStaleNote );
  mImpreciseNote = new QLabel;
  mImpreciseNote->setObjectName( QStringLiteral( "ImpreciseNote" ) );
  mImpreciseNote->setWordWrap( true );
  mImpreciseNote->setStyleSheet( QStringLiteral( "color: #8a4b00;" ) );
  mImpreciseNote->setToolTip(
    tr( "These incidents are counted in the statistics and listed in the table, but "
        "their place is only a municipality, a county or an area: drawn as points "
        "they would make a false hot spot, so the map and the heatmap leave them "
        "out." ) );
  mImpreciseNote->hide();
  periodLayout->addRow( mImpreciseNote );
  layout->addWidget( periodBox );

  // Time slider.
  auto *sliderBox = new QGroupBox( tr( "Step through time" ) );
  auto *sliderLayout = new QVBoxLayout( sliderBox );
  auto *sliderRow = new QHBoxLayout;
  mStepCombo = new QComboBox;
  mStepCombo->addItems( { tr( "Weeks" ), tr( "Months" ) } );
  mPlayButton = new QToolButton;
  mPlayButton->setCheckable( true );
  mPlayButton->setText( QStringLiteral( "▶" ) );
  mPlayButton->setToolTip( tr( "Play: step through the periods" ) );
  sliderRow->addWidget( mStepCombo, 1 );
  sliderRow->addWidget( mPlayButton );
  sliderLayout->addLayout( sliderRow );
  mSlider = new QSlider( Qt::Horizontal );
  mSlider->setObjectName( QStringLiteral( "TimeSlider" ) );
  mSlider->setPageStep( 4 );
  sliderLayout->addWidget( mSlider );
  mSliderLabel = new QLabel;
  mSliderLabel->setAlignment( Qt::AlignCenter );
  QFont bold = mSliderLabel->font();
  bold.setBold( true );
  mSliderLabel->setFont( bold );
  sliderLayout->addWidget( mSliderLabel );
  mFixedScaleCheck = new QCheckBox( tr( "Keep the heatmap's colour scale fixed" ) );
  mFixedScaleCheck->setObjectName( QStringLiteral( "FixedColourScale" ) );
  mFixedScaleCheck->setToolTip(
    tr( "With a fixed scale the same colour means the same density in every period, so "
        "periods can be compared." ) );
  mFixedScaleCheck->setChecked( true );
  sliderLayout->addWidget( mFixedScaleCheck );
  mObservationsCheck = new QCheckBox( tr( "Include safety-walk observations in the heatmap" ) );
  mObservationsCheck->setObjectName( QStringLiteral( "IncludeObservations" ) );
  mObservationsCheck->setToolTip(
    tr( "The problems found on safety walks count in the heatmap too, weighted 3 − rating (rating 0, very "
        "unsafe, weighs 3). Positive places and unconfirmed drafts never count. Categories, sources and "
        "organisations filter the incidents only." ) );
  sliderLayout->addWidget( mObservationsCheck );
  layout->addWidget( sliderBox );

  // Categories.
  auto *categoryBox = new QGroupBox( tr( "Categories" ) );
  auto *categoryLayout = new QVBoxLayout( categoryBox );
  mCategoryTree = new QTreeWidget;
  mCategoryTree->setObjectName( QStringLiteral( "CategoryTree" ) );
  mCategoryTree->setColumnCount( 2 );
  mCategoryTree->setHeaderHidden( true );
  mCategoryTree->header()->setStretchLastSection( false );
  mCategoryTree->header()->setSectionResizeMode( 0, QHeaderView::Stretch );
  mCategoryTree->header()->setSectionResizeMode( 1, QHeaderView::ResizeToContents );
  mCategoryTree->setMinimumHeight( 260 );
  categoryLayout->addWidget( mCategoryTree );
  layout->addWidget( categoryBox, 1 );

  // Sources and organisations.
  auto *sourceBox = new QGroupBox( tr( "Sources and organisations" ) );
  auto *sourceLayout = new QVBoxLayout( sourceBox );
  auto *sourceRow = new QGridLayout;
  const std::pair<const char *, QString> sources[] = { { "est", tr( "EST" ) },
                                                       { "police", tr( "Police" ) },
                                                       { "safety_walk", tr( "Safety walk" ) },
                                                       { "manual", tr( "Manual" ) } };
  for ( const auto &[code, label] : sources )
  {
    auto *check = new QCheckBox( label );
    check->setProperty( "code", QString::fromLatin1( code ) );
    check->setChecked( true );
    sourceRow->addWidget( check, mSourceChecks.size() / 2, mSourceChecks.size() % 2 );
    mSourceChecks << check;
  }
  sourceLayout->addLayout( sourceRow );
  mOrganisationList = new QListWidget;
  mOrganisationList->setObjectName( QStringLiteral( "OrganisationList" ) );
  mOrganisationList->setMaximumHeight( 110 );
  sourceLayout->addWidget( mOrganisationList );
  layout->addWidget( sourceBox );

  // Weekdays and hours.
  auto *timeBox = new QGroupBox( tr( "Weekdays and hours" ) );
  auto *timeLayout = new QVBoxLayout( timeBox );
  auto *dayRow = new QHBoxLayout;
  dayRow->setSpacing( 2 );
  const QStringList dayNames = { tr( "Mon" ), tr( "Tue" ), tr( "Wed" ), tr( "Thu" ),
                                 tr( "Fri" ), tr( "Sat" ), tr( "Sun" ) };
  for ( int d = 0; d < 7; ++d )
  {
    auto *button = new QToolButton;
    button->setText( dayNames[d] );
    button->setCheckable( true );
    button->setChecked( true );
    button->setAutoRaise( false );
    button->setMinimumWidth( 30 );
    mWeekdayButtons << button;
    dayRow->addWidget( button );
  }
  timeLayout->addLayout( dayRow );
  auto *hourRow = new QHBoxLayout;
  mHoursCheck = new QCheckBox( tr( "Only the hours" ) );
  mHourFrom = new QSpinBox;
  mHourTo = new QSpinBox;
  for ( QSpinBox *spin : { mHourFrom, mHourTo } )
  {
    spin->setRange( 0, 23 );
    spin->setSuffix( QStringLiteral( ":00" ) );
    spin->setEnabled( false );
  }
  mHourFrom->setValue( 22 );
  mHourTo->setValue( 4 );
  mHourTo->setToolTip( tr( "The last hour included; a range may wrap past midnight (22–04)." ) );
  hourRow->addWidget( mHoursCheck );
  hourRow->addWidget( mHourFrom );
  hourRow->addWidget( new QLabel( QStringLiteral( "–" ) ) );
  hourRow->addWidget( mHourTo );
  hourRow->addStretch();
  timeLayout->addLayout( hourRow );
  layout->addWidget( timeBox );
  layout->addStretch();

  auto *scroll = new QScrollArea;
  scroll->setWidget( content );
  scroll->setWidgetResizable( true );
  scroll->setFrameShape( QFrame::NoFrame );
  scroll->setHorizontalScrollBarPolicy( Qt::ScrollBarAlwaysOff );
  auto *outer = new QVBoxLayout( this );
  outer->setContentsMargins( 0, 0, 0, 0 );
  outer->addWidget( scroll );

  mEmitTimer = new QTimer( this );
  mEmitTimer->setSingleShot( true );
  mEmitTimer->setInterval( 0 );
  connect( mEmitTimer, &QTimer::timeout, this, &FilterPanel::selectionChanged );
  mPlayTimer = new QTimer( this );
  mPlayTimer->setInterval( 900 );
  connect( mPlayTimer, &QTimer::timeout, this,
           [this]
           { setSliderPosition( mSlider->value() >= mSlider->maximum() ? 0 : mSlider->value() + 1 ); } );
  connect( mPlayButton, &QToolButton::toggled, this,
           [this]( bool on )
           {
             mPlayButton->setText( on ? QStringLiteral( "❚❚" ) : QStringLiteral( "▶" ) );
             if ( on )
               mPlayTimer->start();
             else
               mPlayTimer->stop();
           } );

  connect( mPresetCombo, qOverload<int>( &QComboBox::currentIndexChanged ), this,
           [this]( int index )
           {
             if ( !mUpdating && index != static_cast<int>( Preset::Custom ) )
               applyPreset( static_cast<Preset>( index ) );
           } );
  for ( QDateEdit *edit : { mFromEdit, mUntilEdit } )
    connect( edit, &QDateEdit::dateChanged, this,
             [this]
             {
               if ( mUpdating )
                 return;
               {
                 const QScopedValueRollback<bool> updating( mUpdating, true );
                 mPresetCombo->setCurrentIndex( static_cast<int>( Preset::Custom ) );
               }
               syncSliderToPeriod();
               updatePeriodLabel();
               emitChanged();
             } );
  connect( mCompareCheck, &QCheckBox::toggled, this, &FilterPanel::emitChanged );
  connect( mStepCombo, qOverload<int>( &QComboBox::currentIndexChanged ), this,
           [this]
           {
             updateSliderRange();
             syncSliderToPeriod();
           } );
  connect( mSlider, &QSlider::valueChanged, this,
           [this]( int position )
           {
             if ( !mUpdating )
               setSliderPosition( position );
           } );
  connect( mFixedScaleCheck, &QCheckBox::toggled, this, &FilterPanel::fixedColourScaleChanged );
  connect( mObservationsCheck, &QCheckBox::toggled, this, &FilterPanel::emitChanged );
  connect( mCategoryTree, &QTreeWidget::itemChanged, this,
           [this]( QTreeWidgetItem *item, int column )
           {
             if ( mUpdating || column != 0 )
               return;
             {
               const QScopedValueRollback<bool> updating( mUpdating, true );
               if ( item->childCount() ) // a group: all its categories follow
                 for ( int i = 0; i < item->childCount(); ++i )
                   item->child( i )->setCheckState( 0, item->checkState( 0 ) );
             }
             emitChanged();
           } );
  connect( mOrganisationList, &QListWidget::itemChanged, this, &FilterPanel::emitChanged );
  for ( QCheckBox *check : mSourceChecks )
    connect( check, &QCheckBox::toggled, this, &FilterPanel::emitChanged );
  for ( QToolButton *button : mWeekdayButtons )
    connect( button, &QToolButton::toggled, this, &FilterPanel::emitChanged );
  connect( mHoursCheck, &QCheckBox::toggled, this,
           [this]( bool on )
           {
             mHourFrom->setEnabled( on );
             mHourTo->setEnabled( on );
             emitChanged();
           } );
  for ( QSpinBox *spin : { mHourFrom, mHourTo } )
    connect( spin, qOverload<int>( &QSpinBox::valueChanged ), this,
             [this]
             {
               if ( mHoursCheck->isChecked() )
                 emitChanged();
             } );
  setEnabled( false );
}

void FilterPanel::setProject( const std::vector<tryggkarta::Category> &categories,
                              const QMap<QString, QString> &groupLabels, const QStringList &organisations,
                              QDate firstDate, QDate lastDate, QDate today )
{
  {
    const QScopedValueRollback<bool> updating( mUpdating, true );
    mFirstDate = firstDate.isValid() ? firstDate : today;
    mLastDate = lastDate.isValid() ? std::max( lastDate, today ) : today;
    mToday = today;
    mCategoryTree->clear();
    mCategoryItems.clear();
    mCategoryLabels.clear();
    std::map<std::string, QTreeWidgetItem *> groups;
    for ( const tryggkarta::Category &category : categories )
    {
      if ( category.hidden )
        continue;
      QTreeWidgetItem *&group = groups[category.group];
      if ( !group )
      {
        const QString code = QString::fromStdString( category.group );
        group = new QTreeWidgetItem( mCategoryTree, { groupLabels.value( code, code ) } );
        group->setFlags( group->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate );
        group->setCheckState( 0, Qt::Checked );
        group->setExpanded( true );
        QFont font = group->font( 0 );
        font.setBold( true );
        group->setFont( 0, font );
      }
      // In the interface's language: English labels when English is installed and the category has one.
      const QString label = QString::fromStdString(
        installedLanguage() == QLatin1String( "en" ) && !category.labelEn.empty() ? category.labelEn
                                                                                  : category.labelSv );
      auto *item = new QTreeWidgetItem( group, { label, QString() } );
      item->setIcon( 0, swatch( QString::fromStdString( category.color ) ) );
      item->setData( 0, Qt::UserRole, QString::fromStdString( category.code ) );
      item->setFlags( item->flags() | Qt::ItemIsUserCheckable );
      item->setCheckState( 0, Qt::Checked );
      item->setTextAlignment( 1, Qt::AlignRight | Qt::AlignVCenter );
      mCategoryItems[category.code] = item;
      mCategoryLabels[category.code] = label;
    }
    mOrganisationList->clear();
    for ( const QString &organisation : organisations )
    {
      auto *item = new QListWidgetItem( organisation, mOrganisationList );
      item->setFlags( item->flags() | Qt::ItemIsUserCheckable );
      item->setCheckState( Qt::Checked );
    }
    for ( QCheckBox *check : mSourceChecks )
      check->setChecked( true );
    for ( QToolButton *button : mWeekdayButtons )
      button->setChecked( true );
    mHoursCheck->setChecked( false );
    mObservationsCheck->setChecked( false );
    for ( QDateEdit *edit : { mFromEdit, mUntilEdit } )
      edit->setDateRange( mFirstDate.addYears( -1 ), mLastDate.addYears( 1 ) );
  }
  updateSliderRange();
  setEnabled( true );
  applyPreset( Preset::LastMonth );
}

void FilterPanel::addOrganisations( const QStringList &organisations )
{
  bool added = false;
  {
    const QScopedValueRollback<bool> updating( mUpdating, true );
    for ( const QString &organisation : organisations )
    {
      if ( organisation.isEmpty() ||
           !mOrganisationList->findItems( organisation, Qt::MatchExactly ).isEmpty() )
        continue;
      int row = 0;
      while ( row < mOrganisationList->count() &&
              QString::localeAwareCompare( mOrganisationList->item( row )->text(), organisation ) < 0 )
        ++row;
      auto *item = new QListWidgetItem( organisation );
      item->setFlags( item->flags() | Qt::ItemIsUserCheckable );
      item->setCheckState( Qt::Checked );
      mOrganisationList->insertItem( row, item );
      added = true;
    }
  }
  if ( added )
    emitChanged();
}

void FilterPanel::setDateRange( QDate firstDate, QDate lastDate )
{
  if ( firstDate.isValid() )
    mFirstDate = firstDate;
  if ( lastDate.isValid() )
    mLastDate = std::max( lastDate, mToday );
  for ( QDateEdit *edit : { mFromEdit, mUntilEdit } )
    edit->setDateRange( mFirstDate.addYears( -1 ), mLastDate.addYears( 1 ) );
  updateSliderRange();
  if ( mPresetCombo->currentIndex() == static_cast<int>( Preset::AllDates ) )
    applyPreset( Preset::AllDates );
  else
    syncSliderToPeriod();
}

void FilterPanel::applyPreset( Preset preset )
{
  QDate from = mToday, until = mToday;
  switch ( preset )
  {
  case Preset::LastWeek:
    from = mondayOf( mToday ).addDays( -7 );
    until = from.addDays( 6 );
    break;
  case Preset::LastMonth:
    from = QDate( mToday.year(), mToday.month(), 1 ).addMonths( -1 );
    until = from.addMonths( 1 ).addDays( -1 );
    break;
  case Preset::ThisTertial:
    from = QDate( mToday.year(), 1 + ( mToday.month() - 1 ) / 4 * 4, 1 );
    until = mToday;
    break;
  case Preset::ThisYear:
    from = QDate( mToday.year(), 1, 1 );
    until = mToday;
    break;
  case Preset::AllDates:
    from = mFirstDate;
    until = mLastDate;
    break;
  case Preset::Custom:
    return;
  }
  {
    const QScopedValueRollback<bool> updating( mUpdating, true );
    mPresetCombo->setCurrentIndex( static_cast<int>( preset ) );
    mFromEdit->setDate( from );
    mUntilEdit->setDate( until );
  }
  syncSliderToPeriod();
  updatePeriodLabel();
  emitChanged();
}

void FilterPanel::setPeriod( QDate from, QDate until )
{
  {
    const QScopedValueRollback<bool> updating( mUpdating, true );
    mPresetCombo->setCurrentIndex( static_cast<int>( Preset::Custom ) );
    mFromEdit->setDate( from );
    mUntilEdit->setDate( until );
  }
  syncSliderToPeriod();
  updatePeriodLabel();
  emitChanged();
}

QDate FilterPanel::periodFrom() const
{
  return mFromEdit->date();
}

QDate FilterPanel::periodUntil() const
{
  return mUntilEdit->date();
}

void FilterPanel::setSliderStep( Step step )
{
  mStepCombo->setCurrentIndex( step == Step::Week ? 0 : 1 );
}

int FilterPanel::sliderMaximum() const
{
  return mSlider->maximum();
}

QDate FilterPanel::stepStart( int position ) const
{
  if ( mStepCombo->currentIndex() == 0 )
    return mondayOf( mFirstDate ).addDays( 7 * position );
  return QDate( mFirstDate.year(), mFirstDate.month(), 1 ).addMonths( position );
}

void FilterPanel::updateSliderRange()
{
  if ( !mFirstDate.isValid() )
    return;
  int steps = 0;
  if ( mStepCombo->currentIndex() == 0 )
    steps = static_cast<int>( mondayOf( mFirstDate ).daysTo( mondayOf( mLastDate ) ) / 7 );
  else
    steps = ( mLastDate.year() - mFirstDate.year() ) * 12 + mLastDate.month() - mFirstDate.month();
  {
    const QScopedValueRollback<bool> updating( mUpdating, true );
    mSlider->setRange( 0, std::max( 0, steps ) );
  }
}

void FilterPanel::setSliderPosition( int position )
{
  position = std::clamp( position, 0, mSlider->maximum() );
  const QDate from = stepStart( position );
  const QDate until = mStepCombo->currentIndex() == 0 ? from.addDays( 6 ) : from.addMonths( 1 ).addDays( -1 );
  {
    const QScopedValueRollback<bool> updating( mUpdating, true );
    mSlider->setValue( position );
    mPresetCombo->setCurrentIndex( static_cast<int>( Preset::Custom ) );
    mFromEdit->setDate( from );
    mUntilEdit->setDate( until );
  }
  updatePeriodLabel();
  emitChanged();
}

void FilterPanel::syncSliderToPeriod()
{
  if ( !mFirstDate.isValid() )
    return;
  const QDate from = mFromEdit->date();
  int position = 0;
  if ( mStepCombo->currentIndex() == 0 )
    position = static_cast<int>( mondayOf( mFirstDate ).daysTo( mondayOf( from ) ) / 7 );
  else
    position = ( from.year() - mFirstDate.year() ) * 12 + from.month() - mFirstDate.month();
  {
    const QScopedValueRollback<bool> updating( mUpdating, true );
    mSlider->setValue( std::clamp( position, 0, mSlider->maximum() ) );
  }
}

void FilterPanel::updatePeriodLabel()
{
  const QDate from = mFromEdit->date(), until = mUntilEdit->date();
  const QLocale locale( QLocale::Swedish, QLocale::Sweden );
  QString text;
  if ( from.dayOfWeek() == 1 && from.daysTo( until ) == 6 )
    text = tr( "Week %1, %2" ).arg( from.weekNumber() ).arg( from.addDays( 3 ).year() );
  else if ( from.day() == 1 && until == from.addMonths( 1 ).addDays( -1 ) )
    text = locale.monthName( from.month() ) + QLatin1Char( ' ' ) + QString::number( from.year() );
  else
    text = from.toString( Qt::ISODate ) + QStringLiteral( " – " ) + until.toString( Qt::ISODate );
  mSliderLabel->setText( text );
  updateStaleNote();
}

void FilterPanel::emitChanged()
{
  updateStaleNote();
  if ( !mUpdating )
    mEmitTimer->start();
}

void FilterPanel::setNewestEvents( const std::vector<tryggkarta::NewestEvent> &newest )
{
  mNewest = newest;
  updateStaleNote();
}

QString FilterPanel::staleDataNote() const
{
  return mStaleNote->text();
}

void FilterPanel::setImpreciseNote( const QString &text )
{
  mImpreciseNote->setText( text );
  mImpreciseNote->setVisible( !text.isEmpty() );
}

QString FilterPanel::impreciseNote() const
{
  return mImpreciseNote->text();
}

void FilterPanel::updateStaleNote()
{
  const QDate from = mFromEdit->date();
  QStringList lines;
  bool sourcesNarrowed = false;
  QMap<QString, QString> tickedSources; // code → label
  for ( QCheckBox *check : mSourceChecks )
  {
    if ( check->isChecked() )
      tickedSources.insert( check->property( "code" ).toString(), check->text() );
    else
      sourcesNarrowed = true;
  }
  for ( const tryggkarta::NewestEvent &newest : mNewest )
  {
    const QDate date = QDate::fromString( QString::fromStdString( newest.date ), Qt::ISODate );
    if ( !from.isValid() || !date.isValid() || date >= from )
      continue;
    const QString name = QString::fromStdString( newest.name );
    QString label;
    if ( newest.isSource )
    {
      if ( !sourcesNarrowed || !tickedSources.contains( name ) )
        continue;
      label = tickedSources.value( name );
    }
    else
    {
      const QList<QListWidgetItem *> items = mOrganisationList->findItems( name, Qt::MatchExactly );
      if ( items.isEmpty() || items.front()->checkState() != Qt::Checked )
        continue;
      label = name;
    }
    lines << tr( "latest report from %1: %2" ).arg( label, date.toString( Qt::ISODate ) );
  }
  mStaleNote->setText( lines.join( QLatin1Char( '\n' ) ) );
  mStaleNote->setVisible( !lines.isEmpty() );
}

tryggkarta::Selection FilterPanel::selection() const
{
  tryggkarta::Selection s;
  const QDate from = mFromEdit->date(), until = mUntilEdit->date();
  if ( from.isValid() && until.isValid() && from <= until )
  {
    s.fromUtc = localMidnightUtc( from );
    s.untilUtc = localMidnightUtc( until.addDays( 1 ) );
  }
  std::vector<std::string> checked;
  bool all = true;
  for ( const auto &[code, item] : mCategoryItems )
  {
    if ( item->checkState( 0 ) == Qt::Checked )
      checked.push_back( code );
    else
      all = false;
  }
  if ( !all )
    s.categories = checked.empty() ? std::vector<std::string>{ "-" } : checked; // "-": nothing matches
  std::vector<std::string> sources;
  for ( QCheckBox *check : mSourceChecks )
    if ( check->isChecked() )
      sources.push_back( check->property( "code" ).toString().toStdString() );
  if ( sources.size() != static_cast<size_t>( mSourceChecks.size() ) )
    s.sources = sources.empty() ? std::vector<std::string>{ "-" } : sources;
  std::vector<std::string> organisations;
  for ( int i = 0; i < mOrganisationList->count(); ++i )
    if ( mOrganisationList->item( i )->checkState() == Qt::Checked )
      organisations.push_back( mOrganisationList->item( i )->text().toStdString() );
  if ( organisations.size() != static_cast<size_t>( mOrganisationList->count() ) )
    s.organisations = organisations.empty() ? std::vector<std::string>{ "-" } : organisations;
  std::vector<int> weekdays;
  for ( int d = 0; d < 7; ++d )
    if ( mWeekdayButtons[d]->isChecked() )
      weekdays.push_back( d + 1 );
  if ( mObservationsCheck->isChecked() )
    s.layer = tryggkarta::SelectionLayer::Both;
  if ( weekdays.empty() )
  {
    s.categories = { "-" }; // no weekday chosen: nothing
    if ( s.includesObservations() )
      s.checklistItems = { "-" };
  }
  else if ( weekdays.size() != 7 )
    s.weekdays = weekdays;
  if ( mHoursCheck->isChecked() )
    for ( int h = mHourFrom->value();; h = ( h + 1 ) % 24 )
    {
      s.hours.push_back( h );
      if ( h == mHourTo->value() )
        break;
    }
  return s;
}

bool FilterPanel::compareWithPrevious() const
{
  return mCompareCheck->isChecked();
}

bool FilterPanel::fixedColourScale() const
{
  return mFixedScaleCheck->isChecked();
}

bool FilterPanel::includeObservations() const
{
  return mObservationsCheck->isChecked();
}

void FilterPanel::setIncludeObservations( bool include )
{
  mObservationsCheck->setChecked( include );
}

void FilterPanel::setCategoryCounts( const std::map<std::string, size_t> &counts )
{
  {
    const QScopedValueRollback<bool> updating( mUpdating, true );
    for ( const auto &[code, item] : mCategoryItems )
    {
      const auto it = counts.find( code );
      item->setText( 1, QString::number( it == counts.end() ? 0 : it->second ) );
    }
    for ( int g = 0; g < mCategoryTree->topLevelItemCount(); ++g )
    {
      QTreeWidgetItem *group = mCategoryTree->topLevelItem( g );
      size_t total = 0;
      for ( int i = 0; i < group->childCount(); ++i )
        total += group->child( i )->text( 1 ).toULongLong();
      group->setText( 1, QString::number( total ) );
    }
  }
}

void FilterPanel::setCategoriesChecked( const QStringList &codes )
{
  {
    const QScopedValueRollback<bool> updating( mUpdating, true );
    for ( const auto &[code, item] : mCategoryItems )
      item->setCheckState( 0,
                           codes.contains( QString::fromStdString( code ) ) ? Qt::Checked : Qt::Unchecked );
  }
  emitChanged();
}

void FilterPanel::setWeekdays( const std::vector<int> &weekdays )
{
  {
    const QScopedValueRollback<bool> updating( mUpdating, true );
    for ( int d = 0; d < 7; ++d )
      mWeekdayButtons[d]->setChecked( std::find( weekdays.begin(), weekdays.end(), d + 1 ) !=
                                      weekdays.end() );
  }
  emitChanged();
}

void FilterPanel::setHours( int from, int to, bool enabled )
{
  {
    const QScopedValueRollback<bool> updating( mUpdating, true );
    mHourFrom->setValue( from );
    mHourTo->setValue( to );
    mHoursCheck->setChecked( enabled );
    mHourFrom->setEnabled( enabled );
    mHourTo->setEnabled( enabled );
  }
  emitChanged();
}
