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
error-password-personal = Das Passwort darf nicht Ihre E-Mail-Adresse oder Ihr Name sein.
error-email-change-needs-password = Geben Sie Ihr aktuelles Passwort ein, um die E-Mail-Adresse zu ändern.
error-text-hidden-characters = Entfernen Sie unsichtbare Zeichen und Steuerzeichen, z. B. Tabulatoren oder Zeilenumbrüche.
error-language-unknown = Wählen Sie eine der aufgeführten Sprachen.
error-currency-unknown = Wählen Sie eine der aufgeführten Währungen.
error-timezone-unknown = Wählen Sie eine Zeitzone aus der Liste.
error-date-format-unknown = Wählen Sie eines der aufgeführten Datumsformate.
error-time-format-unknown = Wählen Sie eines der aufgeführten Zeitformate.
error-date-invalid = Geben Sie ein Datum im Format YYYY-MM-DD ein.
error-activity-user-unknown = Wählen Sie einen Benutzer dieses Kontos aus der Liste.
error-date-range = Das Enddatum darf nicht vor dem Anfangsdatum liegen.
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
error-bad-request-title = Die Anfrage konnte nicht verarbeitet werden
error-bad-request-message = Das an Dialback gesendete Formular oder die aufgerufene Adresse war fehlerhaft oder zu groß. Gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es erneut.
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
profile-password-hint = Ihr aktuelles Passwort wird nur benötigt, wenn Sie die E-Mail-Adresse ändern.
email-changed-subject = Ihre Anmelde-E-Mail-Adresse für Dialback wurde geändert
email-changed-body =
    Hallo { $name },

    die E-Mail-Adresse, mit der Sie sich bei Dialback anmelden, wurde in { $email } geändert. Nachrichten von Dialback gehen ab sofort an diese Adresse.

    Wenn Sie diese Änderung nicht vorgenommen haben, setzen Sie umgehend Ihr Passwort zurück und wenden Sie sich an den Kontoinhaber.

    Ihr Dialback-Team

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

## Validation errors of the core

error-role-unknown = Wählen Sie die Rolle owner, admin oder manager.
error-permission-unknown = Wählen Sie Berechtigungen aus der Liste.
error-business-time-invalid = Geben Sie jeden Tag der Arbeitszeiten mit day_of_week von 0 (Sonntag) bis 6, start_time und end_time im Format HH:MM (Beginn vor Ende) und einer gültigen Zeitzone an.
error-domain-invalid = Geben Sie einen Domainnamen ein, z. B. shop.example.com.
error-call-status-unknown = Wählen Sie einen Anrufstatus aus der Liste.

## REST API messages

api-error-field = Ungültiger Wert für { $field }: { $reason }
api-error-field-sentence = Ungültiger Wert für { $field }. { $reason }
api-error-missing = Der Parameter { $field } fehlt.
api-error-permission = Diesem API-Schlüssel fehlt die Berechtigung { $permission }.
api-error-key-missing = Senden Sie Ihren API-Schlüssel im Header Authorization.
api-error-key-invalid = Der API-Schlüssel ist ungültig.
api-error-key-revoked = Der API-Schlüssel wurde widerrufen. Erstellen Sie unter Einstellungen > API-Schlüssel einen neuen.
api-error-key-expired = Der API-Schlüssel ist abgelaufen. Erstellen Sie unter Einstellungen > API-Schlüssel einen neuen.
api-error-rate-limited = { $count ->
    [one] Zu viele Anfragen mit diesem API-Schlüssel. Versuchen Sie es in { $count } Sekunde erneut.
   *[other] Zu viele Anfragen mit diesem API-Schlüssel. Versuchen Sie es in { $count } Sekunden erneut.
}
api-error-internal = Die Anfrage konnte wegen eines internen Fehlers nicht abgeschlossen werden. Versuchen Sie es erneut. Wenn der Fehler weiterhin auftritt, wenden Sie sich an den Support und nennen Sie den Header X-Request-Id der Antwort.
api-error-bad-request = Die Anfrage konnte nicht gelesen werden. Prüfen Sie Pfad, Parameter und deren Kodierung anhand von /api/docs.
api-error-widget-not-found = Dieses Widget gibt es nicht, oder dieser API-Schlüssel darf es nicht verwenden.
api-error-user-not-found = Diesen Benutzer gibt es in diesem Konto nicht.
api-error-manager-not-found = Diesen Manager gibt es nicht, oder dieser API-Schlüssel darf sein Widget nicht verwenden.
api-error-call-not-found = Diesen Anruf gibt es nicht, oder dieser API-Schlüssel darf sein Widget nicht verwenden.
api-error-widget-disabled = Das Widget ist deaktiviert und nimmt daher keine Anrufe an.
api-error-no-manager = Derzeit kann kein Manager einen Anruf annehmen. Verwenden Sie stattdessen widgets/call-or-schedule, um den Anruf zu planen.
api-reason-not-integer = Erwartet wird eine ganze Zahl.
api-reason-not-boolean = Erwartet wird 1, 0, true oder false.
api-reason-not-json = Erwartet wird JSON.
api-reason-wrong-shape = Der Wert hat nicht die erwartete Struktur.
api-reason-limit-range = Verwenden Sie eine Zahl von 1 bis 1000.
api-reason-offset-negative = Verwenden Sie 0 oder eine größere Zahl.
api-reason-url = Erwartet wird eine Webadresse wie https://shop.example.com.
api-reason-too-long = Der Text ist zu lang.
api-reason-text-240 = Verwenden Sie höchstens 240 Zeichen.
api-reason-department-or-manager = Senden Sie department_id oder manager_id, nicht beides.
api-reason-not-this-widget = Die ID gehört nicht zu diesem Widget.
api-reason-schedule = Geben Sie einen künftigen Zeitpunkt in Unix-Sekunden an, höchstens 30 Tage im Voraus.
api-reason-message-id = Die Nachricht gehört nicht zu diesem Kanal.
api-reason-owner-role = Neue Benutzer können Administratoren oder Manager sein, denn das Konto hat bereits einen Inhaber.
api-reason-last-owner = Der letzte Inhaber des Kontos kann weder entfernt werden noch eine andere Rolle erhalten.
api-reason-status = Verwenden Sie Anrufstatus wie completed oder manager-failed.
api-reason-field-name = Verwenden Sie 1 bis 100 Zeichen.

## Default SMS and voice texts of widgets

sms-visitor-call-scheduled = Wir rufen Sie am { $time } Uhr zurück. Vielen Dank für Ihre Geduld.
sms-visitor-cancel-scheduled = Ihr geplanter Rückruf wurde abgesagt.
sms-visitor-dial-completed = Vielen Dank für das Gespräch. Wir helfen Ihnen jederzeit gern wieder.
voice-client-start = Guten Tag, bitte bleiben Sie dran. Wir verbinden Sie mit unserem Team.
voice-client-end-success = Vielen Dank für das Gespräch. Auf Wiederhören.
voice-client-end-failed = Leider konnten wir Sie gerade nicht verbinden. Wir rufen Sie in Kürze zurück.
voice-manager-start = Sie haben einen Anruf über die Website. Wir verbinden Sie jetzt mit dem Besucher.

## Activity kinds of the core

activity-kind-WIDGET_ADDED = Ein Widget wurde hinzugefügt.
activity-kind-WIDGET_EDITED = Ein Widget wurde geändert.
activity-kind-WIDGET_DELETED = Ein Widget wurde gelöscht.
activity-kind-API_KEY_CREATED = Ein API-Schlüssel wurde erstellt.
activity-kind-API_KEY_REVOKED = Ein API-Schlüssel wurde widerrufen.
activity-kind-CALL_REQUESTED = Ein Anruf wurde angefordert.
activity-kind-CALL_FIELD_EDITED = Ein benutzerdefiniertes Feld eines Anrufs wurde geändert.
activity-kind-CALL_CANCELLED = Ein Anruf wurde storniert.

## Settings > API keys

api-keys-title = API-Schlüssel
api-keys-intro = Mit Schlüsseln kann Ihre eigene Software die REST-API von Dialback nutzen. Jeder Schlüssel darf nur die Widgets und Berechtigungen verwenden, die Sie ihm zuweisen.
api-keys-created = Unten sehen Sie Ihren neuen API-Schlüssel. Kopieren Sie ihn jetzt: Er wird nur einmal angezeigt.
api-keys-owner-only = Nur der Kontoinhaber oder ein Administrator kann API-Schlüssel verwalten.
api-keys-empty = Das Konto hat noch keine API-Schlüssel.
api-keys-col-description = Beschreibung
api-keys-col-key = Schlüssel
api-keys-col-access = Zugriff
api-keys-col-created = Erstellt
api-keys-col-last-used = Zuletzt verwendet
api-keys-col-state = Status
api-keys-col-actions = Aktionen
api-keys-revoke = Widerrufen
api-keys-new = Neuer API-Schlüssel
api-keys-all-widgets = Alle Widgets, auch künftige
api-keys-create = Schlüssel erstellen
api-keys-never-used = Nie
api-keys-last-used-from = { $time } von { $ip }
api-keys-state-active = Aktiv
api-keys-state-revoked = Widerrufen
api-keys-state-expired = Abgelaufen
api-keys-expires-on = Gültig bis { $date }
api-keys-widgets-all = Alle Widgets
api-keys-widgets-some = { $count ->
    [one] { $count } Widget
   *[other] { $count } Widgets
}
api-keys-revoked-notice = Der API-Schlüssel wurde widerrufen. Integrationen, die ihn verwenden, funktionieren ab sofort nicht mehr.
field-api-key-description = Beschreibung (optional)
field-api-key-widgets = Widgets
field-api-key-permissions = Berechtigungen
field-api-key-expires = Gültig bis (optional)
error-api-key-widgets-missing = Wählen Sie alle Widgets oder mindestens ein Widget.
error-api-key-permissions-missing = Wählen Sie mindestens eine Berechtigung.
error-api-key-expiry-past = Wählen Sie ein Datum in der Zukunft oder lassen Sie das Feld leer.
error-api-key-description-too-long = Die Beschreibung ist zu lang. Verwenden Sie höchstens 200 Zeichen.
permission-calls = Anrufe: Vollzugriff
permission-calls-view = Anrufe: Verlauf lesen
permission-managers = Benutzer und Manager: Vollzugriff
permission-managers-view = Benutzer und Manager: lesen
permission-managers-edit = Manager: zuweisen und ändern
permission-sms = SMS-Texte: Vollzugriff
permission-sms-view = SMS-Texte: lesen
permission-sms-edit = SMS-Texte: ändern
permission-voice = Ansagetexte: Vollzugriff
permission-voice-view = Ansagetexte: lesen
permission-voice-edit = Ansagetexte: ändern
permission-widgets = Widgets: Vollzugriff
permission-widgets-view = Widgets: lesen
permission-widgets-edit = Widgets: erstellen, ändern und löschen
permission-widgets-call = Widgets: Anrufe anfordern

## The public widget, shown to visitors in the widget's language

public-error-unavailable = Dieses Widget ist nicht verfügbar.
widget-title = Sollen wir Sie zurückrufen?
widget-phone-label = Ihre Telefonnummer
widget-call-button = Rufen Sie mich jetzt an
widget-schedule-button = Rufen Sie mich später an
widget-unavailable-now = Unser Team ist gerade nicht erreichbar. Wählen Sie einen Zeitpunkt, und wir rufen Sie zurück.
widget-call-coming = Vielen Dank! Ihr Telefon klingelt gleich.
widget-call-scheduled = Vielen Dank! Wir rufen Sie zum gewählten Zeitpunkt zurück.

## REST API reference page

api-docs-title = Dialback REST-API
api-docs-intro = Die API nimmt Anfragen an die externe API von CallPage unverändert an: dieselben Pfade, dieselbe Antwortstruktur und derselbe Header für den Schlüssel. Senden Sie den unter Einstellungen > API-Schlüssel erstellten Schlüssel im Header Authorization, allein oder als „Bearer <Schlüssel>“. Parameter stehen bei GET-Anfragen im Query-String, sonst in einem Body im Format form-urlencoded oder JSON. Jede Antwort enthält hasError, errorCode, message, data und meta. Mit * markierte Parameter sind Pflichtangaben. Die Beschreibungen der Endpunkte sind auf Englisch.
api-docs-openapi = OpenAPI-3.1-Dokument
api-docs-permission = Berechtigung:
api-docs-parameter = Parameter
api-docs-type = Typ
api-docs-description = Beschreibung
api-docs-any-key = jeder gültige Schlüssel

## My team

nav-team = Mein Team
team-title = Mein Team
team-col-state = Status
team-state-enabled = Aktiv
team-state-disabled = Deaktiviert
team-add = Teammitglied hinzufügen
team-add-hint = Das neue Mitglied kann sich anmelden, sobald es über „Passwort vergessen?“ auf der Anmeldeseite ein Passwort festgelegt hat.
team-add-submit = Mitglied hinzufügen
team-owner-only = Nur der Kontoinhaber oder ein Administrator kann das Team ändern.
team-edit-title = Teammitglied bearbeiten
team-back = Zurück zum Team
team-enabled = Aktiv: kann sich anmelden und Anrufe annehmen
team-delete = Aus dem Team entfernen
team-verify-number = Bestätigen
team-caller-id-verified = Bestätigt
team-last-owner = Der letzte Inhaber des Kontos kann weder entfernt werden noch eine andere Rolle erhalten.
team-self-delete = Sie können sich nicht selbst entfernen. Bitten Sie einen anderen Inhaber oder Administrator darum.
field-role = Rolle
role-owner = Inhaber
role-admin = Administrator
role-manager = Manager

## Widgets

nav-widgets = Widgets
nav-calls = Anrufe
action-add = Hinzufügen
action-remove = Entfernen
widgets-title = Widgets
widgets-empty = Das Konto hat noch keine Widgets. Fügen Sie unten das erste hinzu.
widgets-col-state = Status
widgets-col-managers = Manager
widgets-add = Widget hinzufügen
widgets-add-submit = Widget hinzufügen
widgets-back = Zurück zu den Widgets
widgets-widget = Widget
widgets-state-enabled = Aktiviert: Besucher sehen das Widget und können Anrufe anfordern.
widgets-state-disabled = Deaktiviert: Besucher sehen das Widget nicht.
widgets-enable = Aktivieren
widgets-disable = Deaktivieren
widgets-duplicate = Duplizieren
widgets-delete = Widget löschen
widgets-general = Allgemein
widgets-busy-mode-hint = Ein: Sind alle Manager besetzt, wird die Anfrage eines Besuchers abgelehnt. Aus: Besucher können einen Zeitpunkt für den Anruf buchen.
widgets-domains = Vertrauenswürdige Domains
widgets-domains-hint = Das Widget funktioniert nur auf diesen Websites. Ist keine Domain eingetragen, funktioniert es überall.
widgets-departments = Abteilungen
widgets-managers = Manager
widgets-no-managers = Noch nimmt kein Manager die Anrufe dieses Widgets an.
widgets-add-manager = Manager hinzufügen
widgets-manager-enabled = nimmt Anrufe an
widgets-manager-disabled = pausiert
widgets-manager-pause = Pausieren
widgets-manager-resume = Fortsetzen
widgets-days-off = Freie Tage
widgets-embed = Konfigurationsadresse des Widgets
widgets-embed-hint = Das Widget-Skript auf Ihrer Website liest seine Konfiguration von dieser Adresse.
widgets-preview = Widget-Vorschau
widgets-preview-hint = So sieht ein Besucher von Ihrer aktuellen Adresse das Widget. Eine gesperrte Adresse sieht nichts.
widgets-hours-none = keine Arbeitszeiten
widgets-no-department = Keine Abteilung
widgets-no-users = Fügen Sie zuerst Teammitglieder mit Telefonnummer hinzu.
field-widget-url = Website-Adresse
field-widget-description = Beschreibung
field-widget-language = Sprache des Widgets
field-widget-timezone = Zeitzone des Widgets
field-widget-busy-mode = Besetzt-Modus
field-widget-domain = Domain
field-widget-department = Name der Abteilung
field-widget-user = Teammitglied
field-widget-days = Arbeitstage
field-widget-start = Beginn
field-widget-end = Ende
field-widget-days-off = Freie Tage, ein Datum pro Zeile (YYYY-MM-DD)
error-widget-url-invalid = Geben Sie eine Website-Adresse ein, z. B. https://shop.example.com.
error-widget-description-too-long = Die Beschreibung ist zu lang. Verwenden Sie höchstens 500 Zeichen.
error-department-name = Geben Sie einen Abteilungsnamen mit höchstens 100 Zeichen ein.
error-manager-user = Wählen Sie ein Teammitglied dieses Kontos.
error-manager-days = Wählen Sie mindestens einen Arbeitstag und einen Beginn, der vor dem Ende liegt.
error-days-off-invalid = Geben Sie jeden freien Tag im Format YYYY-MM-DD in einer eigenen Zeile ein.
weekday-0 = Sonntag
weekday-1 = Montag
weekday-2 = Dienstag
weekday-3 = Mittwoch
weekday-4 = Donnerstag
weekday-5 = Freitag
weekday-6 = Samstag

## Calls

calls-title = Anrufe
calls-call = Anruf
calls-back = Zurück zu den Anrufen
calls-col-phone = Telefonnummer
calls-col-status = Status
calls-col-manager = Manager
calls-col-duration = Gesprächsdauer
calls-widget = Widget
calls-requested = Angefordert
calls-scheduled-for = Geplant für
calls-page = Seite
calls-fields = Angaben des Besuchers
calls-events = Verlauf
calls-filter-status = Status
calls-filter-widget = Widget
calls-count = { $count ->
    [0] Keine passenden Anrufe.
    [one] { $count } passender Anruf.
   *[other] { $count } passende Anrufe.
}
calls-duration = { $count ->
    [one] { $count } Sekunde
   *[other] { $count } Sekunden
}
calls-nobody = —
calls-cancel = Anruf stornieren
call-status-new = Wartet auf einen freien Manager
call-status-scheduled = Geplant
call-status-ringing = Manager wird angerufen
call-status-in-progress = Verbunden
call-status-completed = Abgeschlossen
call-status-manager-failed = Kein Manager hat abgenommen
call-status-user-failed = Der Besucher hat nicht abgenommen
call-status-failed = Fehlgeschlagen
call-status-cancelled = Abgesagt

## Limits, IP addresses, blacklisted numbers, caller IDs and tags

list-col-created = Hinzugefügt
limits-title = Limits
limits-intro = Aus Sicherheitsgründen gelten für jedes Konto Limits für Anrufe. Wenn Sie ein Limit ändern möchten, beschreiben Sie unten Ihr Anliegen. Der Betreiber von Dialback prüft jede Anfrage.
limits-col-limit = Limit
limits-col-value = Wert
limits-col-use = Aktuelle Nutzung
limits-col-change = Änderung
limits-col-state = Status
limit-max_calls_in_progress = Gleichzeitig laufende Anrufe
limit-max_conversation_duration = Maximale Gesprächsdauer
limit-scheduled_calls_per_timestamp = Geplante Anrufe zum selben Zeitpunkt
limits-use-calls = { $count ->
    [one] { $count } Anruf klingelt gerade oder ist verbunden
   *[other] { $count } Anrufe klingeln gerade oder sind verbunden
}
limits-use-longest = { $count ->
    [one] bisher längstes Gespräch: { $count } Sekunde
   *[other] bisher längstes Gespräch: { $count } Sekunden
}
limits-use-busiest = { $count ->
    [one] meistgebuchter Zeitpunkt: { $count } Anruf
   *[other] meistgebuchter Zeitpunkt: { $count } Anrufe
}
limits-request = Änderung eines Limits anfordern
limits-request-submit = Anfrage senden
limits-requests = Ihre Anfragen
limits-state-pending = Wartet auf Entscheidung
limits-state-approved = Genehmigt
limits-state-rejected = Abgelehnt
field-limit = Limit
field-limit-new-value = Neuer Wert
field-limit-description = Warum benötigen Sie die Änderung?
error-limit-unknown = Wählen Sie eines der aufgeführten Limits.
error-limit-value = Geben Sie eine ganze Zahl von 1 bis zum Höchstwert des Limits ein (10.000 Anrufe bzw. 86.400 Sekunden).
error-limit-description = Beschreiben Sie Ihr Anliegen mit 10 bis 2000 Zeichen.
ip-title = IP-Adressen
ip-intro = Besucher, deren Adresse oder Adressbereich auf der Sperrliste steht, sehen Ihre Widgets nicht und können keine Anrufe anfordern. Adressen auf der Zulassungsliste werden nie eingeschränkt, auch nicht durch die automatische Sperre von Adressen, die viele Anrufe anfordern, aber keinen annehmen.
ip-empty = Beide Listen sind leer.
ip-add = Adresse oder Adressbereich hinzufügen
ip-col-hits = Treffer
ip-list-whitelist = Zulassungsliste
ip-list-blacklist = Sperrliste
field-ip-address = IP-Adresse oder Adressbereich (CIDR)
field-ip-list-type = Liste
field-ip-note = Notiz (optional)
error-ip-missing = Geben Sie eine IP-Adresse oder einen Adressbereich ein, z. B. 203.0.113.0/24.
error-ip-invalid = Geben Sie eine gültige IPv4- oder IPv6-Adresse oder einen Adressbereich in CIDR-Notation ein, z. B. 203.0.113.0/24.
error-ip-list-type = Wählen Sie die Zulassungsliste oder die Sperrliste.
error-ip-note = Die Notiz ist zu lang oder enthält unsichtbare Zeichen. Verwenden Sie höchstens 200 sichtbare Zeichen.
error-ip-overlap = Ihre Eingabe überschneidet sich mit { $network } auf der { $list }. Entfernen Sie zuerst diesen Eintrag oder geben Sie einen Bereich ein, der sich nicht damit überschneidet.
numbers-title = Gesperrte Nummern
numbers-intro = Eine Telefonnummer auf dieser Liste erhält nie einen Anruf von Dialback.
numbers-empty = Es ist keine Nummer gesperrt.
numbers-add = Nummer sperren
error-number-listed = Diese Nummer ist bereits gesperrt.
error-number-blacklisted = Diese Telefonnummer ist im Konto gesperrt und erhält daher keine Anrufe.
public-error-call-refused = Diese Nummer können wir leider nicht anrufen. Bitte kontaktieren Sie uns auf anderem Weg.
error-slot-full = Dieser Zeitpunkt ist ausgebucht. Wählen Sie einen anderen.
api-error-address-blocked = Die IP-Adresse des Besuchers ist im Konto gesperrt.
api-error-calls-limit = Das Konto hat sein Limit für gleichzeitig laufende Anrufe erreicht. Versuchen Sie es erneut, sobald ein Anruf beendet ist, oder fordern Sie unter Einstellungen > Limits ein höheres Limit an.
api-error-tag-not-found = Dieses Tag gibt es in diesem Konto nicht.
caller-ids-title = Anrufer-IDs
caller-ids-intro = Alle Telefonnummern, die dem Konto je hinzugefügt wurden. Besucher sehen die Nummer eines Managers erst dann als Anrufer, wenn sie bestätigt ist. Bis dahin sehen sie die Nummer von Dialback.
caller-ids-empty = Dem Konto wurde noch keine Telefonnummer hinzugefügt.
caller-ids-col-verified = Bestätigt
caller-ids-not-verified = Nicht bestätigt
caller-ids-send-sms = Code per SMS senden
caller-ids-send-voice = Code per Sprachanruf senden
caller-ids-verify = Bestätigen
caller-ids-code-message = Ihr Dialback-Bestätigungscode lautet { $code }. Er läuft in 10 Minuten ab.
field-caller-id-code = Sechsstelliger Code
error-code-wrong = Der Code ist nicht korrekt. Prüfen Sie ihn und versuchen Sie es erneut.
error-code-expired = Der Code ist abgelaufen oder es wurde keiner gesendet. Senden Sie einen neuen Code.
error-code-attempts = Zu viele falsche Codes. Senden Sie einen neuen Code.
tags-title = Tags
tags-intro = Mit Tags ordnen Sie Anrufe nach Thema, damit Sie sie leichter finden und filtern können.
tags-empty = Das Konto hat noch keine Tags.
tags-add = Tag hinzufügen
tags-col-updated = Zuletzt geändert
field-tag-label = Bezeichnung
field-tag-color = Farbe
error-tag-label = Geben Sie eine Bezeichnung mit 1 bis 50 sichtbaren Zeichen ein.
error-tag-color = Geben Sie die Farbe als # mit sechs Hexadezimalziffern an, z. B. #0b6bcb.
error-tag-duplicate = Ein anderes Tag hat bereits diese Bezeichnung.
calls-tag = Tag
calls-add-tag = Tag hinzufügen
activity-kind-CALL_TAGGED = Ein Anruf wurde mit einem Tag versehen.
activity-kind-CALL_UNTAGGED = Ein Tag wurde von einem Anruf entfernt.
activity-kind-LIMIT_CHANGE_REQUESTED = Eine Limitänderung wurde angefordert.
activity-kind-LIMIT_CHANGE_APPROVED = Eine Limitänderung wurde genehmigt.
activity-kind-LIMIT_CHANGE_REJECTED = Eine Limitänderung wurde abgelehnt.
activity-kind-IP_ADDRESS_ADDED = Eine IP-Adresse wurde zu einer Liste hinzugefügt.
activity-kind-IP_ADDRESS_REMOVED = Eine IP-Adresse wurde aus einer Liste entfernt.
activity-kind-IP_ADDRESS_BLACKLISTED_AUTOMATICALLY = Eine IP-Adresse wurde automatisch auf die Sperrliste gesetzt, weil sie viele Anrufe angefordert und keinen angenommen hat.
activity-kind-BLACKLISTED_NUMBER_ADDED = Eine Telefonnummer wurde gesperrt.
activity-kind-BLACKLISTED_NUMBER_REMOVED = Eine Telefonnummer wurde entsperrt.
activity-kind-CALLER_ID_ADDED = Eine Anrufer-ID wurde hinzugefügt.
activity-kind-CALLER_ID_VERIFICATION_SENT = Ein Bestätigungscode wurde an eine Anrufer-ID gesendet.
activity-kind-CALLER_ID_VERIFIED = Eine Anrufer-ID wurde bestätigt.
activity-kind-CALLER_ID_DELETED = Eine Anrufer-ID wurde gelöscht.
activity-kind-TAG_ADDED = Ein Tag wurde hinzugefügt.
activity-kind-TAG_EDITED = Ein Tag wurde geändert.
activity-kind-TAG_DELETED = Ein Tag wurde gelöscht.

# Desktop notifications in the dashboard, and widget reports by e-mail.
live-region-label = Benachrichtigungen
live-dismiss = Schließen
live-open = Öffnen
live-enable-desktop = Benachrichtigungen auf dem Desktop anzeigen
report-daily-subject = Tagesbericht für { $date }
report-weekly-subject = Wochenbericht für { $first } – { $last }
report-daily-intro = Anrufe über Ihre Widgets am { $date } (Zeitzone { $timezone }).
report-weekly-intro = Anrufe über Ihre Widgets vom { $first } bis { $last } (Zeitzone { $timezone }).
report-col-widget = Widget
report-col-requested = Angefragt
report-col-answered = Angenommen
report-col-missed = Verpasst
report-col-average-wait = Durchschnittliche Wartezeit
report-col-average-talk = Durchschnittliche Gesprächsdauer
report-col-day = Tag
report-total = Alle Widgets
report-none = —
report-chart-title = Anrufe pro Tag
report-chart-alt = Balkendiagramm der Anrufe pro Tag; die Tabelle darunter enthält dieselben Zahlen.
report-legend-answered = Angenommen
report-legend-missed = Verpasst
report-legend-other = Andere Ergebnisse: storniert, fehlgeschlagen oder nicht abgeschlossen
report-open-calls = Anrufliste öffnen
report-duration-seconds = { $seconds } Sek.
report-duration-minutes = { $minutes } Min. { $seconds } Sek.
nav-messages = Nachrichten
messages-title = Nachrichten
messages-intro = Nachrichten, die Besucher über Ihre Widgets hinterlassen haben, die neuesten zuerst.
messages-count = { $count ->
    [0] Noch keine Nachrichten.
    [one] { $count } Nachricht.
   *[other] { $count } Nachrichten.
}
messages-col-widget = Widget
messages-col-visitor = Besucher
messages-col-text = Nachricht
error-message-text-missing = Schreiben Sie eine Nachricht.
error-message-text-too-long = Kürzen Sie die Nachricht auf höchstens 2000 Zeichen.
error-message-contact-missing = Geben Sie eine Telefonnummer oder eine E-Mail-Adresse an, damit wir antworten können.
public-error-message-refused = Diese Nachricht können wir leider nicht annehmen. Bitte kontaktieren Sie uns auf anderem Weg.
widget-message-received = Vielen Dank! Wir haben Ihre Nachricht erhalten und melden uns bei Ihnen.
activity-kind-MESSAGE_RECEIVED = Ein Besucher hat eine Nachricht hinterlassen.
activity-kind-WEBHOOK_ADDED = Ein Webhook wurde hinzugefügt.
activity-kind-WEBHOOK_ENABLED = Ein Webhook wurde eingeschaltet.
activity-kind-WEBHOOK_DISABLED = Ein Webhook wurde ausgeschaltet.
activity-kind-WEBHOOK_SECRET_ROTATED = Das Signaturgeheimnis eines Webhooks wurde ersetzt.
activity-kind-WEBHOOK_DELETED = Ein Webhook wurde gelöscht.
webhooks-title = Webhooks
webhooks-intro = Tritt eines der gewählten Ereignisse ein, sendet Dialback eine signierte POST-Anfrage mit JSON an jede der folgenden Adressen. Fehlgeschlagene Zustellungen werden in wachsenden Abständen wiederholt.
webhooks-owner-only = Nur Inhaber und Administratoren des Kontos können Webhooks verwalten.
webhooks-empty = Das Konto hat noch keine Webhooks.
webhooks-col-url = Adresse
webhooks-col-events = Ereignisse
webhooks-col-secret = Signaturgeheimnis
webhooks-col-state = Status
webhooks-state-enabled = Ein
webhooks-state-disabled = Aus
webhooks-log = Zustellprotokoll
webhooks-enable = Einschalten
webhooks-disable = Ausschalten
webhooks-rotate-secret = Geheimnis ersetzen
webhooks-signature-hint = Jede Anfrage trägt den Header Dialback-Signature: t=<Unix-Zeit>,v1=<HMAC-SHA256 in Hex aus Zeit, Punkt und Body, mit dem Signaturgeheimnis als Schlüssel>. Prüfen Sie ihn, bevor Sie einer Anfrage vertrauen.
webhooks-add = Webhook hinzufügen
field-webhook-url = Adresse (URL)
field-webhook-events = Zu sendende Ereignisse
error-webhook-url-missing = Geben Sie die Adresse an, die die Ereignisse empfangen soll.
error-webhook-url-too-long = Kürzen Sie die Adresse auf höchstens 2000 Zeichen.
error-webhook-url-invalid = Geben Sie eine vollständige Adresse an, die mit https:// oder http:// beginnt, etwa https://example.com/dialback.
error-webhook-url-credentials = Geben Sie die Adresse ohne Benutzernamen und Passwort an.
error-webhook-url-forbidden = Diese Adresse führt zu { $address }, das nicht im öffentlichen Internet liegt. Webhooks dürfen nur öffentliche Adressen erreichen.
error-webhook-url-unresolved = Der Hostname dieser Adresse wurde nicht gefunden. Prüfen Sie die Schreibweise.
error-webhook-events-missing = Wählen Sie mindestens ein Ereignis aus der Liste.
error-webhook-too-many = { $count ->
    [one] Ein Konto kann höchstens { $count } Webhook haben. Löschen Sie zuerst einen.
   *[other] Ein Konto kann höchstens { $count } Webhooks haben. Löschen Sie zuerst einen.
}
webhooks-event-call-new = Neuer Anruf
webhooks-event-call-scheduled = Geplanter Anruf
webhooks-event-call-ringing = Anruf klingelt
webhooks-event-call-completed = Anruf beendet
webhooks-event-call-missed = Verpasster Anruf
webhooks-event-call-scheduled-failed = Geplanter Anruf fehlgeschlagen
webhooks-event-call-custom-fields = Eigene Felder vom Besucher ausgefüllt
webhooks-event-call-additional-data = Besucher hat zusätzliche Angaben hinterlassen
webhooks-event-message-new = Neue Nachricht
webhooks-log-title = Zustellprotokoll des Webhooks
webhooks-back = Zurück zu den Webhooks
webhooks-col-event = Ereignis
webhooks-col-attempts = Versuche
webhooks-no-attempts = Noch nicht gesendet.
webhooks-deliveries-count = { $count ->
    [0] An diesen Webhook wurde noch nichts gesendet.
    [one] { $count } Zustellung.
   *[other] { $count } Zustellungen.
}
webhooks-status-delivered = Zugestellt
webhooks-status-failed = Fehlgeschlagen; keine weiteren Versuche
webhooks-status-pending = Wartet auf Versand
webhooks-status-retrying = Fehlgeschlagen; nächster Versuch am { $time }
webhooks-http-status = HTTP { $status }
webhooks-duration-ms = { $count } ms
webhooks-error-forbidden-address = Abgelehnt: Die Adresse liegt nicht im öffentlichen Internet
webhooks-error-unresolved = Der Hostname wurde nicht gefunden
webhooks-error-timeout = Keine Antwort innerhalb der Frist
webhooks-error-connect = Die Verbindung ist fehlgeschlagen
webhooks-error-too-many-redirects = Zu viele Weiterleitungen
webhooks-error-invalid-redirect = Eine Weiterleitung ohne gültige Zieladresse
webhooks-error-request = Die Anfrage ist fehlgeschlagen
# Notifications (branch notify)
notifications-title = Benachrichtigungen
notifications-intro = Wählen Sie, welche Ereignisse Sie über welchen Kanal erreichen. Änderungen gelten erst, wenn Sie auf Speichern klicken.
notifications-col-event = Ereignis
notifications-not-offered = Auf diesem Kanal nicht verfügbar
notifications-error-unknown = Das Formular enthielt eine Auswahl, die es nicht gibt, daher wurde nichts gespeichert. Laden Sie die Seite neu und versuchen Sie es noch einmal.
notifications-sms-to = SMS gehen an { $phone }, die Nummer in Ihrem Profil.
notifications-sms-no-phone = Tragen Sie eine Telefonnummer in Ihr Profil ein, um SMS zu erhalten.
notifications-mobile-devices = Für Push-Benachrichtigungen registrierte Mobilgeräte: { $count }. Apps registrieren sie über die REST-API.
notifications-test-title = Test senden
notifications-test-hint = Ein Test läuft durch dieselbe Warteschlange wie echte Benachrichtigungen und erscheint daher auch im Zustellprotokoll.
notifications-test-sms = Test-SMS senden
notifications-test-email = Test-E-Mail senden
notifications-test-desktop = Test-Desktopbenachrichtigung senden
notifications-test-mobile = Test-Push-Benachrichtigung senden
notifications-test-queued = Die Testbenachrichtigung ist unterwegs.
notifications-log-title = Zustellprotokoll
notifications-log-empty = An Sie wurde noch nichts gesendet.
notifications-log-col-what = Benachrichtigung
notifications-log-col-when = Erstellt
notifications-log-col-channel = Kanal
notifications-log-col-status = Status
notifications-log-col-attempts = Versuche
notifications-log-col-error = Letzter Fehler
notifications-log-sent-at = gesendet { $time }
notifications-log-older = Ältere Zustellungen
notifications-status-pending = Wartet
notifications-status-sent = Gesendet
notifications-status-failed = Fehlgeschlagen
notifications-error-no-phone = In Ihrem Profil ist keine Telefonnummer eingetragen.
notifications-error-no-device = Für Sie ist kein Mobilgerät registriert.
notifications-error-user-gone = Den Empfänger gibt es nicht mehr.
notifications-error-user-disabled = Der Benutzer des Empfängers ist deaktiviert.
notifications-error-unknown-kind = Diese Version von Dialback kennt diese Benachrichtigung nicht.
profile-notifications-link = Benachrichtigungen auswählen
notify-channel-sms = SMS
notify-channel-email = E-Mail
notify-channel-desktop = Desktop
notify-channel-mobile = Mobil
notify-event-call-new = Neuer Anruf
notify-event-call-scheduled = Neuer geplanter Anruf
notify-event-call-ringing = Anruf klingelt
notify-event-call-completed = Anruf beendet, mit Details
notify-event-call-missed = Verpasster Anruf
notify-event-call-scheduled-failed = Geplanter Anruf fehlgeschlagen
notify-event-call-custom-fields = Zusatzfelder vom Besucher ausgefüllt
notify-event-call-additional-data = Besucher hat weitere Angaben hinterlassen
notify-event-message-new = Neue Nachricht
notify-event-widget-installed = Neues Widget installiert
notify-event-product-update = Produktneuigkeiten
notify-event-report-daily = Täglicher Widget-Bericht
notify-event-report-weekly = Wöchentlicher Widget-Bericht
notify-event-notification-test = Testbenachrichtigung
notify-event-subscription-expired = Abonnement abgelaufen
notify-label-phone = Nummer des Besuchers
notify-label-time = Zeit
notify-label-scheduled = Geplant für
notify-label-widget = Widget
notify-label-manager = Manager
notify-label-duration = Gesprächsdauer
notify-label-email = E-Mail
notify-open-link = In Dialback öffnen
notify-email-footer = Sie erhalten diese Nachricht aufgrund Ihrer Benachrichtigungseinstellungen in Dialback. Sie können sie unter Einstellungen > Benachrichtigungen ändern.
notify-call-new-subject = Neue Rückrufanfrage von { $phone }
notify-call-new-body = { $phone } hat um { $time } über { $widget } um einen Rückruf gebeten.
notify-call-new-sms = Neue Rückrufanfrage von { $phone } um { $time }.
notify-call-scheduled-subject = Anruf von { $phone } für { $scheduled } gebucht
notify-call-scheduled-body = { $phone } hat über { $widget } einen Anruf für { $scheduled } gebucht.
notify-call-scheduled-sms = Anruf gebucht von { $phone } für { $scheduled }.
notify-call-ringing-subject = Es klingelt: Anruf für { $phone }
notify-call-ringing-body = Das Telefon eines Managers klingelt für den Anruf, den { $phone } über { $widget } angefordert hat.
notify-call-ringing-sms = Es klingelt gerade: Anruf für { $phone }.
notify-call-completed-subject = Anruf mit { $phone } beendet ({ $duration })
notify-call-completed-body = { $manager } hat { $duration } mit { $phone } gesprochen. Der Anruf endete um { $time }.
notify-call-completed-sms = Anruf beendet: { $phone }, { $duration } mit { $manager }, Ende { $time }.
notify-call-missed-subject = Verpasster Anruf von { $phone }
notify-call-missed-manager-body = Kein Manager hat den Anruf angenommen, den { $phone } über { $widget } angefordert hat. Er endete um { $time }; rufen Sie den Besucher bald zurück.
notify-call-missed-manager-sms = Verpasster Anruf von { $phone } um { $time }: Kein Manager hat abgenommen.
notify-call-missed-visitor-body = Der Besucher { $phone } hat den über { $widget } angeforderten Rückruf nicht angenommen. Er endete um { $time }.
notify-call-missed-visitor-sms = Verpasster Anruf mit { $phone } um { $time }: Der Besucher hat nicht abgenommen.
notify-call-scheduled-failed-subject = Geplanter Anruf mit { $phone } fehlgeschlagen
notify-call-scheduled-failed-body = Der Anruf, den { $phone } für { $scheduled } gebucht hatte, konnte nicht geführt werden. Er endete um { $time }.
notify-call-scheduled-failed-sms = Geplanter Anruf mit { $phone } um { $time } fehlgeschlagen.
notify-call-custom-fields-subject = { $phone } hat Zusatzfelder ausgefüllt
notify-call-custom-fields-body = Der Besucher { $phone } hat Zusatzfelder seines Anrufs über { $widget } ausgefüllt. Unten stehen alle bisher ausgefüllten Felder.
notify-call-custom-fields-sms = { $phone } hat Zusatzfelder seines Anrufs ausgefüllt.
notify-call-additional-data-subject = { $phone } hat weitere Angaben hinterlassen
notify-call-additional-data-body = Der Besucher { $phone } hat zu seinem Anruf über { $widget } weitere Angaben hinterlassen.
notify-call-additional-data-sms = { $phone } hat weitere Angaben zu seinem Anruf hinterlassen.
notify-message-new-subject = Neue Nachricht eines Besuchers auf { $widget }
notify-message-new-body = Ein Besucher hat um { $time } auf { $widget } eine Nachricht hinterlassen:
notify-message-new-sms = Neue Nachricht auf { $widget }:
notify-widget-installed-subject = Ihr Widget ist auf { $domain } live
notify-widget-installed-body = Das Widget für { $widget } wurde um { $time } zum ersten Mal auf { $domain } geladen. Besucher können dort jetzt einen Rückruf anfordern.
notify-widget-installed-sms = Besucher von { $domain } können jetzt einen Rückruf anfordern.
notify-product-update-subject = Dialback: { $title }
notify-product-update-body = { $title }
notify-product-update-sms = { $title }
notify-report-daily-subject = Täglicher Bericht Ihrer Widgets
notify-report-weekly-subject = Wöchentlicher Bericht Ihrer Widgets
notify-notification-test-subject = Testbenachrichtigung von Dialback
notify-notification-test-body = Dies ist eine Testbenachrichtigung über den Kanal { $channel }. Wenn sie Sie erreicht hat, erreichen Sie dort auch die Benachrichtigungen von Dialback.
notify-notification-test-sms = Testbenachrichtigung von Dialback über den Kanal { $channel }: angekommen.
activity-kind-PUSH_DEVICE_REGISTERED = Ein Mobilgerät wurde für Push-Benachrichtigungen registriert.
activity-kind-PUSH_DEVICE_UNREGISTERED = Ein Mobilgerät wurde von Push-Benachrichtigungen abgemeldet.
api-reason-device-token = Verwenden Sie das Token, das die Plattform des Geräts ausgestellt hat: höchstens 4096 Zeichen, ohne Leerzeichen.
api-reason-device-platform = Verwenden Sie android oder ios.
api-error-device-not-found = Dieses Geräte-Token gibt es in diesem Konto nicht.
## Plans, subscription, checkout, payments and invoices (issue 6, branch payments)

billing-period-monthly = Monatlich
billing-period-annual = Jährlich
payment-system-paypal = PayPal
payment-system-dotpay = DotPay
payment-system-bank_transfer = Banküberweisung
subscription-title = Abonnement
subscription-paid = Vielen Dank. Die Zahlung ist bestätigt und Ihr Tarif wurde geändert.
subscription-current-plan = Aktueller Tarif
subscription-expires-on = Gültig bis
subscription-expired-on = Abgelaufen am
subscription-plans = Tarife
subscription-no-plans = Noch werden keine Tarife angeboten.
subscription-prices-net = Nettopreise in der Währung Ihres Kontos. Die MwSt. kommt bei der Bestellung hinzu.
subscription-change = Tarif wechseln
subscription-see-price = Preis anzeigen
subscription-pending = Zahlungen, die auf Bestätigung warten
subscription-pay-now = Bezahlen
payment-reference = Verwendungszweck
checkout-field-plan = Tarif
checkout-field-billing-period = Abrechnungszeitraum
checkout-field-payment-system = Zahlungsart
checkout-field-full-name = Vor- und Nachname
checkout-field-company = Firmenname (beim Kauf als Firma)
checkout-field-tax-id = Steuernummer oder USt-IdNr.
checkout-field-country = Land (Code aus zwei Buchstaben, z. B. DE)
checkout-field-city = Ort
checkout-field-address = Adresse
checkout-field-zip-code = Postleitzahl
checkout-title = Bestellung
checkout-price = Tarifpreis
checkout-credit = Anrechnung für den ungenutzten Teil Ihres aktuellen Tarifs
checkout-credit-rule = Die Anrechnung ist der für Ihren laufenden Zeitraum gezahlte Betrag mal dem Anteil, der davon noch übrig ist, auf die kleinste Einheit der Währung gerundet.
checkout-net = Netto
checkout-vat = MwSt. { $rate } %
checkout-vat-amount = MwSt.
checkout-gross = Zu zahlen
checkout-downgrade = Was Sie mit diesem Tarif verlieren
checkout-downgrade-intro = Der neue Tarif setzt diese Limits unter ihre aktuellen Werte. Sie ändern sich, sobald die Zahlung bestätigt ist.
checkout-downgrade-now = Jetzt
checkout-downgrade-after = Mit dem neuen Tarif
checkout-downgrade-confirm = Mir ist bewusst, dass diese Limits gesenkt werden.
checkout-details = Rechnungsdaten
checkout-submit = Weiter zur Zahlung
proforma-title = Proformarechnung
proforma-intro = Überweisen Sie den Betrag unten auf dieses Konto und geben Sie den Verwendungszweck an. Ihr Tarif ändert sich, sobald der Betreiber die Zahlung verbucht.
proforma-paid = Diese Zahlung ist bestätigt.
proforma-recipient = Empfänger
proforma-bank = Bank
proforma-account = Kontonummer
proforma-amount = Zu zahlender Betrag
proforma-issued = Ausgestellt am
proforma-back = Zurück zum Abonnement
sandbox-title = Zahlungs-Sandbox
sandbox-intro = Diese Testseite vertritt den Zahlungsanbieter. Es wird kein Geld abgebucht.
sandbox-pay = Zahlung bestätigen
sandbox-cancel = Abbrechen und zu Dialback zurückkehren
invoices-title = Rechnungen
invoices-empty = Noch keine Rechnungen. Für jede bestätigte Zahlung wird eine Rechnung ausgestellt.
invoices-col-number = Nummer
invoices-col-transaction = Transaktions-ID
invoices-col-price = Preis
invoices-col-paid = Zahlungsdatum
invoices-col-kind = Art
invoices-download = PDF herunterladen
invoice-kind-subscription = Abonnement
invoice-kind-one_time = Einmalig
invoice-line-subscription = Tarif { $plan }, { $period }
invoice-line-subscription-credit = Tarif { $plan }, { $period }, abzüglich { $credit } Gutschrift für den ungenutzten Teil des vorigen Tarifs
error-money-invalid = Geben Sie einen Betrag wie 49.99 ein, mit einem Punkt vor den Cents.
error-money-precision = Geben Sie höchstens zwei Ziffern nach dem Punkt ein.
error-billing-period-unknown = Wählen Sie monatliche oder jährliche Abrechnung.
error-payment-system-unknown = Wählen Sie eine Zahlungsart aus der Liste.
error-invoice-kind-unknown = Wählen Sie Abonnement oder einmalig.
error-plan-unknown = Wählen Sie einen Tarif aus der Liste.
error-plan-no-price = Dieser Tarif hat für diesen Zeitraum keinen Preis in der Währung Ihres Kontos. Wählen Sie einen anderen Tarif oder Zeitraum.
error-checkout-required = Füllen Sie dieses Feld aus (höchstens 200 Zeichen).
error-checkout-country = Geben Sie den Ländercode aus zwei Buchstaben ein, z. B. DE oder AT.
error-checkout-tax-id-required = Eine Firma muss ihre Steuernummer angeben.
error-checkout-confirm-downgrade = Bestätigen Sie, dass Sie die niedrigeren Limits akzeptieren.
activity-kind-PAYMENT_STARTED = Eine Zahlung wurde begonnen.
activity-kind-PAYMENT_CONFIRMED = Eine Zahlung wurde bestätigt.
activity-kind-PAYMENT_CALLBACK_REJECTED = Eine Zahlungsbenachrichtigung wurde abgewiesen.
activity-kind-SUBSCRIPTION_CHANGED = Der Abonnementtarif wurde geändert.
activity-kind-INVOICE_ISSUED = Eine Rechnung wurde ausgestellt.
## Billing information, coupons and invoice PDFs (issue 6, branch billing)

error-tax-id-missing = Geben Sie die Steuernummer ein.
error-tax-id-characters = Diese Steuernummer enthält Zeichen, die in Nummern des gewählten Landes nicht vorkommen.
error-tax-id-length = Diese Steuernummer hat für das gewählte Land die falsche Anzahl an Zeichen.
error-tax-id-checksum = Die Prüfziffer dieser Steuernummer stimmt nicht. Prüfen Sie sie auf Tippfehler.
error-tax-id-prefix = Diese Nummer beginnt mit dem Präfix eines anderen Landes. Wählen Sie dieses Land oder entfernen Sie das Präfix.
error-tax-id-country = Steuernummern dieses Landes können wir nicht prüfen. Wählen Sie das Land, das die Nummer vergeben hat.
settings-nav-subscription = Abonnement
settings-nav-invoices = Rechnungen
billing-title = Rechnungsdaten
billing-intro = Neue Rechnungen werden auf diese Daten ausgestellt. Bereits ausgestellte Rechnungen behalten die Daten, mit denen sie ausgestellt wurden.
billing-country-choose = Land auswählen
billing-zip-hint = Format der Postleitzahl im gewählten Land: { $example }
billing-tax-id-hint = Optional. Geben Sie die USt-IdNr. oder Steuernummer des gewählten Landes ein, mit oder ohne Länderpräfix.
field-country = Land
field-address = Adresse
field-zip-code = Postleitzahl
field-city = Ort
field-tax-id = USt-IdNr. oder Steuernummer
error-country-missing = Wählen Sie ein Land aus.
error-country-unknown = Wählen Sie ein Land aus der Liste aus.
error-address-missing = Geben Sie Straße und Hausnummer ein.
error-address-too-long = Die Adresse ist zu lang: Verwenden Sie höchstens 200 Zeichen.
error-city-missing = Geben Sie den Ort ein.
error-city-too-long = Der Ortsname ist zu lang: Verwenden Sie höchstens 100 Zeichen.
error-zip-missing = Geben Sie die Postleitzahl ein.
error-zip-format = Geben Sie die Postleitzahl im Format des gewählten Landes ein, z. B. { $example }.
coupons-title = Gutscheine
coupons-intro = Ein Gutscheincode erhöht eines der Limits des Kontos. Jeder Code kann pro Konto einmal eingelöst werden.
field-coupon-code = Gutscheincode
coupons-apply = Einlösen
coupons-used = Eingelöste Gutscheine
coupons-empty = Es wurde noch kein Gutschein eingelöst.
coupons-col-code = Code
coupons-col-increase = Erhöhung des Limits
coupons-col-applied = Eingelöst am
coupons-increase = { $limit }: +{ $amount }
error-coupon-missing = Geben Sie einen Gutscheincode ein.
error-coupon-code-format = Ein Gutscheincode besteht aus 3 bis 40 Buchstaben, Ziffern, Bindestrichen oder Unterstrichen.
error-coupon-unknown = Diesen Gutscheincode gibt es nicht. Prüfen Sie die Schreibweise.
error-coupon-expired = Dieser Gutscheincode ist abgelaufen.
error-coupon-exhausted = Dieser Gutscheincode ist bereits aufgebraucht.
error-coupon-already-used = Dieses Konto hat diesen Gutscheincode bereits eingelöst.
error-coupon-throttled = { $count ->
    [one] Zu viele falsche Gutscheincodes. Versuchen Sie es in { $count } Minute erneut.
   *[other] Zu viele falsche Gutscheincodes. Versuchen Sie es in { $count } Minuten erneut.
}
activity-kind-BILLING_INFO_CHANGED = Die Rechnungsdaten wurden geändert.
activity-kind-COUPON_APPLIED = Ein Gutschein wurde eingelöst.
invoice-pdf-title = Rechnung
invoice-pdf-number = Rechnungsnummer
invoice-pdf-issued-on = Rechnungsdatum
invoice-pdf-paid-on = Zahlungsdatum
invoice-pdf-transaction = Transaktions-ID
invoice-pdf-seller = Verkäufer
invoice-pdf-buyer = Käufer
invoice-pdf-tax-id = USt-IdNr.: { $id }
invoice-pdf-col-number = Pos.
invoice-pdf-col-description = Beschreibung
invoice-pdf-col-quantity = Menge
invoice-pdf-col-unit-net = Einzelpreis netto
invoice-pdf-col-net = Netto
invoice-pdf-col-vat-rate = USt.-Satz
invoice-pdf-col-vat = USt.
invoice-pdf-col-gross = Brutto
invoice-pdf-vat-rate-value = { $rate } %
invoice-pdf-total = Summe
invoice-pdf-currency = Währung: { $code }
country-AT = Österreich
country-BE = Belgien
country-BG = Bulgarien
country-BR = Brasilien
country-CY = Zypern
country-CZ = Tschechien
country-DE = Deutschland
country-DK = Dänemark
country-EE = Estland
country-ES = Spanien
country-FI = Finnland
country-FR = Frankreich
country-GB = Vereinigtes Königreich
country-GR = Griechenland
country-HR = Kroatien
country-HU = Ungarn
country-IE = Irland
country-IT = Italien
country-LT = Litauen
country-LU = Luxemburg
country-LV = Lettland
country-MT = Malta
country-NL = Niederlande
country-PL = Polen
country-PT = Portugal
country-RO = Rumänien
country-SE = Schweden
country-SI = Slowenien
country-SK = Slowakei
country-US = Vereinigte Staaten
widget-message-title = Oder hinterlassen Sie uns eine Nachricht
widget-name-label = Ihr Name (optional)
widget-email-label = Ihre E-Mail-Adresse
widget-message-label = Nachricht
widget-send-message = Nachricht senden
subscription-trial-plan = Testphase
invoice-period-monthly = monatliche Abrechnung
invoice-period-annual = jährliche Abrechnung
activity-kind-SUBSCRIPTION_EXPIRED = Das Abonnement ist abgelaufen und die Kulanzfrist vorbei, daher lehnen die Widgets neue Rückrufanfragen ab.
api-error-subscription-expired = Das Abonnement des Kontos ist abgelaufen, daher nehmen seine Widgets keine neuen Rückrufanfragen an. Der Kontoinhaber kann es unter Einstellungen > Abonnement verlängern.
public-error-subscription-expired = Rückrufanfragen sind auf dieser Website derzeit nicht möglich. Bitte kontaktieren Sie das Unternehmen auf anderem Weg.
subscription-banner-expiring = Ihr Abonnement läuft am { $date } ab.
subscription-banner-grace = Ihr Abonnement ist am { $date } abgelaufen. Ohne Verlängerung lehnen die Widgets ab dem { $refused } neue Rückrufanfragen ab.
subscription-banner-expired = Ihr Abonnement ist am { $date } abgelaufen. Bis zur Verlängerung lehnen die Widgets neue Rückrufanfragen ab; bereits angenommene Anrufe finden weiterhin statt.
subscription-banner-renew = Verlängern Sie es unter Einstellungen > Abonnement.
subscription-banner-ask-owner = Bitten Sie den Kontoinhaber, es zu verlängern.
notify-subscription-expired-subject = Ihr Dialback-Abonnement ist abgelaufen
notify-subscription-expired-body = Ihr Abonnement ist am { $time } abgelaufen und die Kulanzfrist ist vorbei, daher nehmen Ihre Widgets keine Rückrufanfragen mehr an. Bereits angenommene Anrufe finden weiterhin statt. Verlängern Sie es unter Einstellungen > Abonnement, um wieder Anrufe anzunehmen.
notify-subscription-expired-sms = Ihr Dialback-Abonnement ist abgelaufen; die Widgets nehmen keine Rückrufanfragen mehr an.

## Billing fixes (issue 6, branch billfix)
error-coupon-disabled = Dieser Gutscheincode ist nicht mehr gültig.
error-forbidden-title = Sie können diese Seite nicht öffnen
error-forbidden-message = Ihre Rolle in diesem Konto erlaubt das nicht. Wenn Sie Zugriff brauchen, wenden Sie sich an den Inhaber des Kontos.
error-tax-id-repeated = Eine Nummer aus lauter gleichen Ziffern wird nie vergeben. Geben Sie die richtige Steuernummer ein.

## Payment fixes: one pending payment, credit at confirmation, rejected callbacks
checkout-new-expiry = Bezahlt bis
checkout-credit-surplus = Der ungenutzte Wert Ihres aktuellen Tarifs übersteigt diesen Preis um { $amount }. Er verfällt nicht: Er verlängert den neuen Tarif, wie das Datum oben zeigt.
payment-cancel = Stornieren
payment-cancelled-notice = Diese Zahlung wurde storniert und kann nicht mehr bezahlt werden. Um den Tarif zu wechseln, beginnen Sie eine neue Bestellung.
payment-cancelled-done = Die offene Zahlung wurde storniert.
payment-rejected-title = Die Zahlung wurde nicht bestätigt
payment-rejected-back = Zurück zum Abonnement
payment-rejected-bad-signature = Die Bestätigung des Zahlungssystems konnte nicht geprüft werden. Ihr Tarif hat sich nicht geändert. Beginnen Sie die Zahlung erneut auf der Seite Abonnement.
payment-rejected-unknown-payment = Keine Zahlung hat diese Referenz. Ihr Tarif hat sich nicht geändert.
payment-rejected-wrong-system = Diese Zahlung wird nicht über dieses Zahlungssystem bezahlt. Ihr Tarif hat sich nicht geändert.
payment-rejected-wrong-amount = Der bestätigte Betrag oder die Währung passt nicht zu dieser Zahlung. Ihr Tarif hat sich nicht geändert.
payment-rejected-replayed = Diese Bestätigung wurde bereits verwendet und hat nichts geändert. Wenn Sie bezahlt haben, zeigt die Seite Abonnement das Ergebnis.
payment-rejected-expired = Die Bestätigung kam zu spät: Die Zahlungsseite gilt 15 Minuten. Ihr Tarif hat sich nicht geändert. Öffnen Sie die Zahlung erneut auf der Seite Abonnement.
payment-rejected-cancelled = Diese Zahlung wurde storniert, zum Beispiel durch eine neuere Bestellung, und kann nicht bestätigt werden. Ihr Tarif hat sich nicht geändert.
error-currency-paid-period = Die Währung kann nicht geändert werden, solange ein bezahlter Zeitraum läuft (bis { $date }): Der ungenutzte Teil wird nur in der Währung angerechnet, in der er bezahlt wurde.
activity-kind-PAYMENT_CANCELLED = Eine offene Zahlung wurde storniert.

## Notification fixes: device tokens, test throttle, webhook and message errors
api-error-device-token-taken = Dieses Geräte-Token ist bei einem anderen Konto registriert.
notifications-test-throttled = Über diesen Kanal wurde vor weniger als einer Minute ein Test gesendet. Bitte warten Sie eine Minute, bevor Sie den nächsten senden.
error-webhook-url-metadata = Diese Adresse führt zu { $address }, einem Metadatendienst der Cloud, der die Zugangsdaten des Servers herausgeben kann. Webhooks dürfen ihn nie erreichen, unabhängig davon, was der Server erlaubt.
error-webhook-url-port = Geben Sie einen Port von 1 bis 65535 an oder lassen Sie den Port weg.
error-message-text-control = Entfernen Sie Steuerzeichen aus der Nachricht, etwa aus einem anderen Programm eingefügte. Zeilenumbrüche und Tabulatoren dürfen bleiben.
error-message-name-control = Entfernen Sie unsichtbare Zeichen und Steuerzeichen aus dem Namen, etwa Tabulatoren oder Zeilenumbrüche.
notify-label-name = Name des Besuchers
notifications-error-mail-unreachable = Der Mailserver war nicht erreichbar.
notifications-error-mail-refused = Der Mailserver hat die Nachricht abgelehnt.
notifications-error-other = Der Versand ist fehlgeschlagen.
