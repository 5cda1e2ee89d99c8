#pragma once
// The scale bar, north arrow and map attributions drawn over the map canvas.

#include <QPointer>
#include <QString>
#include <QWidget>

class QgsMapCanvas;

/**
 * A small box at the bottom right of the map: a scale bar of a round length (0 – 500 m, 1 km, …) that follows
 * every zoom, a north arrow pointing to true north, and below them the attribution the visible web layers
 * require (e.g. "© OpenStreetMap contributors"). It is a widget over the canvas, not part of the map image,
 * so it stays put while the map pans and is never covered by the map. The attribution stays when the scale
 * bar is switched off.
 */
class ScaleBarOverlay : public QWidget
{
  Q_OBJECT

public:
  explicit ScaleBarOverlay( QgsMapCanvas *canvas );

  //! Shows or hides the scale bar and north arrow (the attribution stays).
  void setScaleBarVisible( bool visible );
  bool isScaleBarVisible() const { return mScaleBarVisible; }

  //! Text of the sources to credit on the map; empty for none.
  void setAttribution( const QString &text );
  QString attribution() const { return mAttribution; }

  //! The bar's length on the ground, in metres (a round number: 1, 2 or 5 times a power of ten).
  double lengthMeters() const { return mLengthMeters; }
  //! The bar's length on screen, in pixels.
  double lengthPixels() const { return mLengthPixels; }
  //! The label at the bar's end, with its unit: "500 m", "1 km".
  QString lengthLabel() const;
  //! Direction of true north, degrees clockwise from the top of the screen.
  double northBearing() const { return mNorthBearing; }

  //! Metres on the ground per screen pixel at the centre of the map.
  static double metersPerPixel( const QgsMapCanvas *canvas );
  //! The largest of 1, 2 and 5 times a power of ten that is at most maxMeters.
  static double roundLength( double maxMeters );

  //! Another widget over the canvas the box must not cover (moved up above it when the map is narrow).
  void setAvoidedWidget( QWidget *widget );

  //! Recomputes the bar for the canvas's current scale and moves the box to the bottom right.
  void updateScaleBar();

protected:
  void paintEvent( QPaintEvent *event ) override;
  bool eventFilter( QObject *watched, QEvent *event ) override;

private:
  //! A length as the bar labels it, in the unit of the bar's end (m or km), without the unit.
  QString number( double meters ) const;
  QString unit() const;
  void reposition();

  QPointer<QgsMapCanvas> mCanvas;
  QPointer<QWidget> mAvoided;
  bool mScaleBarVisible = true;
  QString mAttribution;
  double mLengthMeters = 0;
  double mLengthPixels = 0;
  double mNorthBearing = 0;
};
