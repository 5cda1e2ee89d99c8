// Qt 5's standard button texts (QDialogButtonBox, QMessageBox) come from the context QPlatformTheme, which
// Debian's Swedish Qt catalogue (qt_sv.qm, from Qt 4's days) does not have: without these the buttons of
// every question in the Swedish interface would say Yes, No, Save and Cancel. Listed here so that lupdate
// puts them in our own translation files; Qt looks them up through every installed translator, ours included.

#include <QtGlobal>

namespace
{
[[maybe_unused]] const char *const kStandardButtonTexts[] = {
  QT_TRANSLATE_NOOP( "QPlatformTheme", "OK" ),
  QT_TRANSLATE_NOOP( "QPlatformTheme", "Save" ),
  QT_TRANSLATE_NOOP( "QPlatformTheme", "Save All" ),
  QT_TRANSLATE_NOOP( "QPlatformTheme", "Open" ),
  QT_TRANSLATE_NOOP( "QPlatformTheme", "&Yes" ),
  QT_TRANSLATE_NOOP( "QPlatformTheme", "Yes to &All" ),
  QT_TRANSLATE_NOOP( "QPlatformTheme", "&No" ),
  QT_TRANSLATE_NOOP( "QPlatformTheme", "N&o to All" ),
  QT_TRANSLATE_NOOP( "QPlatformTheme", "Abort" ),
  QT_TRANSLATE_NOOP( "QPlatformTheme", "Retry" ),
  QT_TRANSLATE_NOOP( "QPlatformTheme", "Ignore" ),
  QT_TRANSLATE_NOOP( "QPlatformTheme", "Close" ),
  QT_TRANSLATE_NOOP( "QPlatformTheme", "Cancel" ),
  QT_TRANSLATE_NOOP( "QPlatformTheme", "Discard" ),
  QT_TRANSLATE_NOOP( "QPlatformTheme", "Help" ),
  QT_TRANSLATE_NOOP( "QPlatformTheme", "Apply" ),
  QT_TRANSLATE_NOOP( "QPlatformTheme", "Reset" ),
  QT_TRANSLATE_NOOP( "QPlatformTheme", "Restore Defaults" ),
  QT_TRANSLATE_NOOP( "QPlatformTheme", "Don't Save" ),
  QT_TRANSLATE_NOOP( "QPlatformTheme", "Close without Saving" ),
};
} // namespace
