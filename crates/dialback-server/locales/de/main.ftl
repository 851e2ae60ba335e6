## Navigation

nav-main = Hauptmenü
nav-settings = Einstellungen
nav-sign-in = Anmelden
nav-sign-up = Registrieren
nav-sign-out = Abmelden

## Common actions and messages

action-save = Speichern
settings-title = Einstellungen
settings-saved = Ihre Änderungen wurden gespeichert.

## Form fields

field-company-name = Firmenname
field-name = Vollständiger Name
field-email = E-Mail-Adresse
field-password = Passwort
field-job-title = Position
field-phone-number = Telefonnummer
field-interface-language = Sprache der Benutzeroberfläche
field-sms-language = SMS-Sprache
field-email-language = E-Mail-Sprache
field-currency = Währung
field-timezone = Zeitzone
field-date-format = Datumsformat
field-time-format = Zeitformat
field-current-password = Aktuelles Passwort
field-new-password = Neues Passwort

password-rule = { $count ->
    [one] Verwenden Sie mindestens { $count } Zeichen. Gängige Passwörter werden nicht akzeptiert.
   *[other] Verwenden Sie mindestens { $count } Zeichen. Gängige Passwörter werden nicht akzeptiert.
}

## Validation errors

error-email-missing = Geben Sie Ihre E-Mail-Adresse ein.
error-email-invalid = Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.
error-email-taken = Diese E-Mail-Adresse wird bereits von einem anderen Benutzer verwendet.
error-name-missing = Geben Sie Ihren vollständigen Namen ein.
error-name-too-long = Der Name ist zu lang. Verwenden Sie höchstens 100 Zeichen.
error-company-missing = Geben Sie den Firmennamen ein.
error-company-too-long = Der Firmenname ist zu lang. Verwenden Sie höchstens 150 Zeichen.
error-job-title-too-long = Die Position ist zu lang. Verwenden Sie höchstens 100 Zeichen.
error-phone-missing = Geben Sie eine Telefonnummer ein.
error-phone-invalid = Geben Sie eine gültige Telefonnummer ein, bei Nummern außerhalb Deutschlands mit Ländervorwahl, z. B. +48 501 234 567.
error-password-missing = Geben Sie Ihr Passwort ein.
error-password-too-short = Das Passwort ist zu kurz. Verwenden Sie mindestens 8 Zeichen.
error-password-too-long = Das Passwort ist zu lang. Verwenden Sie höchstens 256 Zeichen.
error-password-common = Dieses Passwort ist zu gängig und leicht zu erraten. Wählen Sie ein anderes.
error-current-password-wrong = Das aktuelle Passwort ist nicht korrekt.
error-language-unknown = Wählen Sie eine der aufgeführten Sprachen.
error-currency-unknown = Wählen Sie eine der aufgeführten Währungen.
error-timezone-unknown = Wählen Sie eine Zeitzone aus der Liste.
error-date-format-unknown = Wählen Sie eines der aufgeführten Datumsformate.
error-time-format-unknown = Wählen Sie eines der aufgeführten Zeitformate.
error-date-invalid = Geben Sie ein Datum im Format YYYY-MM-DD ein.
error-activity-kind-unknown = Wählen Sie eine Aktion aus der Liste.
error-activity-source-unknown = Wählen Sie eine Quelle aus der Liste.

## Error pages

error-not-found-title = Seite nicht gefunden
error-not-found-message = Die gesuchte Seite existiert nicht oder ist für Ihr Konto nicht verfügbar.
error-internal-title = Etwas ist schiefgelaufen
error-internal-message = Ihre Anfrage konnte nicht abgeschlossen werden. Versuchen Sie es in Kürze erneut. Wenn der Fehler weiterhin auftritt, wenden Sie sich an den Support und nennen Sie die unten angegebene Anfrage-ID.
error-unavailable-title = Dienst vorübergehend nicht verfügbar
error-unavailable-message = Dialback ist überlastet oder die Datenbank antwortet nicht. Versuchen Sie es in Kürze erneut.
error-csrf-title = Das Formular ist abgelaufen
error-csrf-message = Aus Sicherheitsgründen kann dieses Formular nicht mehr gesendet werden. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.
error-request-id = Anfrage-ID:
error-back-home = Zur Startseite

## Sign-up

signup-title = Erstellen Sie Ihr Dialback-Konto
signup-intro = Richten Sie das Konto Ihres Unternehmens ein. Ihr Team können Sie später einladen.
signup-submit = Konto erstellen
signup-have-account = Sie haben bereits ein Konto?

## Sign-in

login-title = Bei Dialback anmelden
login-submit = Anmelden
login-forgot = Passwort vergessen?
login-no-account = Noch kein Konto?
login-wrong-credentials = Die E-Mail-Adresse oder das Passwort ist nicht korrekt.
login-notice-reset = Ihr Passwort wurde geändert. Melden Sie sich mit dem neuen Passwort an.
login-throttled = { $count ->
    [one] Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in { $count } Minute erneut.
   *[other] Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in { $count } Minuten erneut.
}

## Sign-out

logout-title = Abmelden
logout-done = Sie wurden abgemeldet.

## Forgotten password

forgot-title = Passwort zurücksetzen
forgot-intro = Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden. Wir senden Ihnen einen Link, über den Sie ein neues Passwort festlegen können.
forgot-submit = Link senden
forgot-sent = Wenn diese Adresse zu einem Dialback-Konto gehört, haben wir einen Link zum Zurücksetzen des Passworts an sie gesendet. Prüfen Sie Ihren Posteingang.
reset-title = Neues Passwort festlegen
reset-submit = Neues Passwort speichern
reset-link-invalid = Dieser Link ist ungültig, abgelaufen oder wurde bereits verwendet.
reset-request-new = Neuen Link anfordern
reset-mail-subject = Ihr Dialback-Passwort zurücksetzen
reset-mail-body =
    Hallo { $name },

    jemand hat angefordert, das Passwort Ihres Dialback-Kontos zurückzusetzen. Öffnen Sie diesen Link, um ein neues Passwort festzulegen:

    { $link }

    { $minutes ->
        [one] Der Link kann nur einmal verwendet werden und läuft in { $minutes } Minute ab.
       *[other] Der Link kann nur einmal verwendet werden und läuft in { $minutes } Minuten ab.
    } Wenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht. Ihr Passwort bleibt dann unverändert.

    Ihr Dialback-Team

## Settings > Profile

profile-title = Profil
profile-phone-stored = Gespeichert als { $phone }.

## Settings > Account settings

account-title = Kontoeinstellungen
account-languages = Sprachen
account-currency-owner-only = Nur der Kontoinhaber oder ein Administrator kann die Währung ändern.
currency-PLN = Polnischer Złoty
currency-USD = US-Dollar
currency-GBP = Britisches Pfund
currency-EUR = Euro
currency-BRL = Brasilianischer Real

## Settings > Change password

password-title = Passwort ändern
password-intro = Nach der Änderung bleiben Sie hier angemeldet und werden überall sonst abgemeldet.
password-submit = Passwort ändern

## Settings > Activity

activity-title = Aktivitäten
activity-filter-user = Benutzer
activity-filter-kind = Aktion
activity-filter-from = Von
activity-filter-to = Bis
activity-filter-any = Alle
activity-filter-apply = Filtern
activity-count = { $count ->
    [0] Keine passenden Einträge.
    [one] { $count } passender Eintrag.
   *[other] { $count } passende Einträge.
}
activity-empty = Keine Aktivitäten vorhanden.
activity-older = Ältere Einträge
activity-user-none = System
activity-col-id = ID
activity-col-user = Benutzer
activity-col-kind = Aktion
activity-col-source = Quelle
activity-col-time = Zeitpunkt
activity-source-web = Web
activity-source-api = API
activity-source-cli = Befehlszeile
activity-source-system = System
activity-kind-USER_ADDED = Ein Benutzer wurde zum Team hinzugefügt.
activity-kind-USER_EDITED = Das Profil eines Benutzers wurde bearbeitet.
activity-kind-USER_DELETED = Ein Benutzer wurde aus dem Team entfernt.
activity-kind-USER_SIGNUP = Das Konto wurde erstellt.
activity-kind-USER_LOGGED_IN = Ein Benutzer hat sich angemeldet.
activity-kind-USER_LOGGED_OUT = Ein Benutzer hat sich abgemeldet.
activity-kind-USER_CHANGED_PASSWORD = Ein Benutzer hat sein Passwort geändert.
activity-kind-USER_REQUESTED_PASSWORD_RESET = Ein Benutzer hat einen Link zum Zurücksetzen des Passworts angefordert.
activity-kind-USER_RESET_PASSWORD = Ein Benutzer hat über einen Link zum Zurücksetzen ein neues Passwort festgelegt.
activity-kind-USER_CHANGED_NOTIFICATIONS = Ein Benutzer hat seine Benachrichtigungseinstellungen geändert.
activity-kind-ACCOUNT_SETTINGS_EDITED = Die Kontoeinstellungen wurden geändert.
