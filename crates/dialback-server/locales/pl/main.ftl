## Navigation

nav-main = Menu główne
nav-settings = Ustawienia
nav-sign-in = Zaloguj się
nav-sign-up = Zarejestruj się
nav-sign-out = Wyloguj się

## Common actions and messages

action-save = Zapisz
settings-title = Ustawienia
settings-saved = Zmiany zostały zapisane.

## Form fields

field-company-name = Nazwa firmy
field-name = Imię i nazwisko
field-email = Adres e-mail
field-password = Hasło
field-job-title = Stanowisko
field-phone-number = Numer telefonu
field-interface-language = Język interfejsu
field-sms-language = Język wiadomości SMS
field-email-language = Język wiadomości e-mail
field-currency = Waluta
field-timezone = Strefa czasowa
field-date-format = Format daty
field-time-format = Format godziny
field-current-password = Obecne hasło
field-new-password = Nowe hasło

password-rule = { $count ->
    [one] Hasło musi mieć co najmniej { $count } znak. Popularne hasła nie są akceptowane.
    [few] Hasło musi mieć co najmniej { $count } znaki. Popularne hasła nie są akceptowane.
    [many] Hasło musi mieć co najmniej { $count } znaków. Popularne hasła nie są akceptowane.
   *[other] Hasło musi mieć co najmniej { $count } znaku. Popularne hasła nie są akceptowane.
}

## Validation errors

error-email-missing = Wpisz adres e-mail.
error-email-invalid = Wpisz prawidłowy adres e-mail, np. jan.kowalski@example.pl.
error-email-taken = Ten adres e-mail jest już używany przez innego użytkownika.
error-name-missing = Wpisz imię i nazwisko.
error-name-too-long = Imię i nazwisko są za długie: użyj maksymalnie 100 znaków.
error-company-missing = Wpisz nazwę firmy.
error-company-too-long = Nazwa firmy jest za długa: użyj maksymalnie 150 znaków.
error-job-title-too-long = Nazwa stanowiska jest za długa: użyj maksymalnie 100 znaków.
error-phone-missing = Wpisz numer telefonu.
error-phone-invalid = Wpisz prawidłowy numer telefonu, np. +48 501 234 567. Numer spoza Polski wpisz z numerem kierunkowym kraju.
error-password-missing = Wpisz hasło.
error-password-too-short = Hasło jest za krótkie: użyj co najmniej 8 znaków.
error-password-too-long = Hasło jest za długie: użyj maksymalnie 256 znaków.
error-password-common = To hasło jest zbyt popularne i łatwe do odgadnięcia. Wybierz inne.
error-current-password-wrong = Obecne hasło jest nieprawidłowe.
error-password-personal = Hasło nie może być Twoim adresem e-mail ani imieniem i nazwiskiem.
error-email-change-needs-password = Aby zmienić adres e-mail, wpisz obecne hasło.
error-text-hidden-characters = Usuń znaki niewidoczne i sterujące, np. tabulatory lub podziały wiersza.
error-language-unknown = Wybierz jeden z języków z listy.
error-currency-unknown = Wybierz jedną z walut z listy.
error-timezone-unknown = Wybierz strefę czasową z listy.
error-date-format-unknown = Wybierz jeden z formatów daty z listy.
error-time-format-unknown = Wybierz jeden z formatów godziny z listy.
error-date-invalid = Wpisz datę w formacie RRRR-MM-DD.
error-activity-user-unknown = Wybierz z listy użytkownika tego konta.
error-date-range = Data końcowa nie może być wcześniejsza niż początkowa.
error-activity-kind-unknown = Wybierz rodzaj czynności z listy.
error-activity-source-unknown = Wybierz źródło z listy.

## Error pages

error-not-found-title = Nie znaleziono strony
error-not-found-message = Strona, której szukasz, nie istnieje lub nie jest dostępna dla tego konta.
error-internal-title = Coś poszło nie tak
error-internal-message = Nie udało się zrealizować żądania. Spróbuj ponownie za chwilę. Jeśli problem się powtarza, skontaktuj się z pomocą techniczną i podaj identyfikator żądania widoczny poniżej.
error-unavailable-title = Usługa chwilowo niedostępna
error-unavailable-message = Dialback jest przeciążony lub jego baza danych nie odpowiada. Spróbuj ponownie za chwilę.
error-csrf-title = Formularz wygasł
error-csrf-message = Ze względów bezpieczeństwa tego formularza nie można już wysłać. Wróć, odśwież stronę i spróbuj ponownie.
error-bad-request-title = Nie udało się odczytać żądania
error-bad-request-message = Formularz lub adres strony przesłany do Dialback był nieprawidłowy lub za duży. Wróć, odśwież stronę i spróbuj ponownie.
error-request-id = Identyfikator żądania:
error-back-home = Przejdź do strony głównej

## Sign-up

signup-title = Załóż konto w Dialback
signup-intro = Skonfiguruj konto swojej firmy. Zespół możesz zaprosić później.
signup-submit = Załóż konto
signup-have-account = Masz już konto?

## Sign-in

login-title = Zaloguj się do Dialback
login-submit = Zaloguj się
login-forgot = Nie pamiętasz hasła?
login-no-account = Nie masz jeszcze konta?
login-wrong-credentials = Adres e-mail lub hasło jest nieprawidłowe.
login-notice-reset = Hasło zostało zmienione. Zaloguj się nowym hasłem.
login-throttled = { $count ->
    [one] Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za { $count } minutę.
    [few] Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za { $count } minuty.
    [many] Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za { $count } minut.
   *[other] Zbyt wiele nieudanych prób logowania. Spróbuj ponownie za { $count } minuty.
}

## Sign-out

logout-title = Wylogowanie
logout-done = Wylogowano pomyślnie.

## Forgotten password

forgot-title = Resetowanie hasła
forgot-intro = Wpisz adres e-mail, którego używasz do logowania. Wyślemy na niego link do ustawienia nowego hasła.
forgot-submit = Wyślij link
forgot-sent = Jeśli ten adres należy do konta Dialback, wysłaliśmy na niego link do resetowania hasła. Sprawdź skrzynkę odbiorczą.
reset-title = Ustaw nowe hasło
reset-submit = Zapisz nowe hasło
reset-link-invalid = Ten link jest nieprawidłowy, wygasł lub został już użyty.
reset-request-new = Poproś o nowy link
reset-mail-subject = Resetowanie hasła do konta Dialback
reset-mail-body =
    Dzień dobry, { $name }!

    Otrzymaliśmy prośbę o zresetowanie hasła do Twojego konta Dialback. Aby ustawić nowe hasło, otwórz ten link:

    { $link }

    { $minutes ->
        [one] Link jest jednorazowy i wygaśnie za { $minutes } minutę.
        [few] Link jest jednorazowy i wygaśnie za { $minutes } minuty.
        [many] Link jest jednorazowy i wygaśnie za { $minutes } minut.
       *[other] Link jest jednorazowy i wygaśnie za { $minutes } minuty.
    } Jeśli ta prośba nie pochodzi od Ciebie, zignoruj tę wiadomość – Twoje hasło pozostanie bez zmian.

    Zespół Dialback

## Settings > Profile

profile-title = Profil
profile-phone-stored = Zapisano jako { $phone }.
profile-password-hint = Obecne hasło jest potrzebne tylko przy zmianie adresu e-mail.
email-changed-subject = Adres e-mail do logowania w Dialback został zmieniony
email-changed-body =
    Dzień dobry, { $name }!

    Adres e-mail, którego używasz do logowania w Dialback, został zmieniony na { $email }. Od teraz wiadomości z Dialback będą wysyłane na ten adres.

    Jeśli ta zmiana nie pochodzi od Ciebie, natychmiast zresetuj hasło i skontaktuj się z właścicielem konta.

    Zespół Dialback

## Settings > Account settings

account-title = Ustawienia konta
account-languages = Języki
account-currency-owner-only = Walutę może zmienić tylko właściciel konta lub administrator.
currency-PLN = Złoty polski
currency-USD = Dolar amerykański
currency-GBP = Funt szterling
currency-EUR = Euro
currency-BRL = Real brazylijski

## Settings > Change password

password-title = Zmiana hasła
password-intro = Po zmianie hasła ta sesja pozostanie aktywna, a wszystkie pozostałe zostaną zakończone.
password-submit = Zmień hasło

## Settings > Activity

activity-title = Aktywność
activity-filter-user = Użytkownik
activity-filter-kind = Czynność
activity-filter-from = Od
activity-filter-to = Do
activity-filter-any = Wszystkie
activity-filter-apply = Filtruj
activity-count = { $count ->
    [0] Nie znaleziono pasujących wpisów.
    [one] Znaleziono { $count } pasujący wpis.
    [few] Znaleziono { $count } pasujące wpisy.
    [many] Znaleziono { $count } pasujących wpisów.
   *[other] Znaleziono { $count } pasującego wpisu.
}
activity-empty = Brak aktywności do wyświetlenia.
activity-older = Starsze wpisy
activity-user-none = System
activity-col-id = ID
activity-col-user = Użytkownik
activity-col-kind = Czynność
activity-col-source = Źródło
activity-col-time = Czas
activity-source-web = Interfejs WWW
activity-source-api = API
activity-source-cli = Wiersz poleceń
activity-source-system = System
activity-kind-USER_ADDED = Dodano członka zespołu.
activity-kind-USER_EDITED = Zmieniono profil użytkownika.
activity-kind-USER_DELETED = Usunięto członka zespołu.
activity-kind-USER_SIGNUP = Utworzono konto.
activity-kind-USER_LOGGED_IN = Zalogowano się.
activity-kind-USER_LOGGED_OUT = Wylogowano się.
activity-kind-USER_CHANGED_PASSWORD = Zmieniono hasło.
activity-kind-USER_REQUESTED_PASSWORD_RESET = Poproszono o link do resetowania hasła.
activity-kind-USER_RESET_PASSWORD = Ustawiono nowe hasło za pomocą linku z e-maila.
activity-kind-USER_CHANGED_NOTIFICATIONS = Zmieniono ustawienia powiadomień.
activity-kind-ACCOUNT_SETTINGS_EDITED = Zmieniono ustawienia konta.

## Validation errors of the core

error-role-unknown = Wybierz rolę: właściciel (owner), administrator (admin) lub menedżer (manager).
error-permission-unknown = Wybierz uprawnienia z listy.
error-business-time-invalid = Dla każdego dnia godzin pracy podaj day_of_week od 0 (niedziela) do 6, start_time i end_time w formacie HH:MM (początek przed końcem) oraz prawidłową strefę czasową.
error-domain-invalid = Wpisz nazwę domeny, np. shop.example.com.
error-call-status-unknown = Wybierz status połączenia z listy.

## REST API messages

api-error-field = Nieprawidłowa wartość parametru { $field }: { $reason }
api-error-field-sentence = Nieprawidłowa wartość parametru { $field }. { $reason }
api-error-missing = Brak parametru { $field }.
api-error-permission = Ten klucz API nie ma uprawnienia { $permission }.
api-error-key-missing = Wyślij klucz API w nagłówku Authorization.
api-error-key-invalid = Klucz API jest nieprawidłowy.
api-error-key-revoked = Klucz API został unieważniony. Utwórz nowy w sekcji Ustawienia > Klucze API.
api-error-key-expired = Klucz API wygasł. Utwórz nowy w sekcji Ustawienia > Klucze API.
api-error-rate-limited = { $count ->
    [one] Przekroczono limit żądań dla tego klucza API. Spróbuj ponownie za { $count } sekundę.
    [few] Przekroczono limit żądań dla tego klucza API. Spróbuj ponownie za { $count } sekundy.
    [many] Przekroczono limit żądań dla tego klucza API. Spróbuj ponownie za { $count } sekund.
   *[other] Przekroczono limit żądań dla tego klucza API. Spróbuj ponownie za { $count } sekundy.
}
api-error-internal = Nie udało się zrealizować żądania z powodu błędu wewnętrznego. Spróbuj ponownie. Jeśli błąd się powtarza, skontaktuj się z pomocą techniczną i podaj wartość nagłówka X-Request-Id z odpowiedzi.
api-error-bad-request = Nie udało się odczytać żądania: sprawdź ścieżkę, parametry i ich kodowanie w /api/docs.
api-error-widget-not-found = Nie znaleziono widżetu lub ten klucz API nie ma do niego dostępu.
api-error-user-not-found = Na tym koncie nie ma takiego użytkownika.
api-error-manager-not-found = Nie znaleziono menedżera lub ten klucz API nie ma dostępu do jego widżetu.
api-error-call-not-found = Nie znaleziono połączenia lub ten klucz API nie ma dostępu do jego widżetu.
api-error-widget-disabled = Widżet jest wyłączony, więc nie przyjmuje połączeń.
api-error-no-manager = Żaden menedżer nie może teraz odebrać połączenia. Aby je zaplanować, użyj widgets/call-or-schedule.
api-reason-not-integer = oczekiwano liczby całkowitej.
api-reason-not-boolean = oczekiwano wartości 1, 0, true lub false.
api-reason-not-json = oczekiwano danych w formacie JSON.
api-reason-wrong-shape = ma inną strukturę niż oczekiwana.
api-reason-limit-range = podaj liczbę od 1 do 1000.
api-reason-offset-negative = podaj 0 lub większą liczbę.
api-reason-url = oczekiwano adresu strony, np. https://shop.example.com.
api-reason-too-long = tekst jest za długi.
api-reason-text-240 = użyj maksymalnie 240 znaków.
api-reason-department-or-manager = podaj department_id albo manager_id, nie oba naraz.
api-reason-not-this-widget = nie należy do tego widżetu.
api-reason-schedule = podaj przyszły czas jako znacznik czasu Unix w sekundach, najpóźniej za 30 dni.
api-reason-message-id = to nie jest wiadomość z tego kanału.
api-reason-owner-role = nowy użytkownik może mieć rolę admin lub manager, bo konto ma już właściciela.
api-reason-last-owner = nie można usunąć ostatniego właściciela konta ani zmienić jego roli.
api-reason-status = użyj statusów połączeń, np. completed lub manager-failed.
api-reason-field-name = użyj od 1 do 100 znaków.

## Default SMS and voice texts of widgets

sms-visitor-call-scheduled = Oddzwonimy { $time }. Dziękujemy za cierpliwość.
sms-visitor-cancel-scheduled = Zaplanowane połączenie zostało anulowane.
sms-visitor-dial-completed = Dziękujemy za rozmowę. Zawsze chętnie pomożemy.
voice-client-start = Dzień dobry, prosimy chwilę poczekać. Łączymy z konsultantem.
voice-client-end-success = Dziękujemy za rozmowę. Do widzenia.
voice-client-end-failed = Niestety nie udało się połączyć z konsultantem. Wkrótce oddzwonimy.
voice-manager-start = Masz połączenie ze strony internetowej. Łączymy z odwiedzającym.

## Activity kinds of the core

activity-kind-WIDGET_ADDED = Dodano widżet.
activity-kind-WIDGET_EDITED = Zmieniono widżet.
activity-kind-WIDGET_DELETED = Usunięto widżet.
activity-kind-API_KEY_CREATED = Utworzono klucz API.
activity-kind-API_KEY_REVOKED = Unieważniono klucz API.
activity-kind-CALL_REQUESTED = Zamówiono połączenie.
activity-kind-CALL_FIELD_EDITED = Zmieniono pole niestandardowe połączenia.
activity-kind-CALL_CANCELLED = Anulowano połączenie.

## Settings > API keys

api-keys-title = Klucze API
api-keys-intro = Dzięki kluczom Twoje oprogramowanie może korzystać z REST API Dialback. Każdy klucz ma dostęp tylko do widżetów i uprawnień, które mu przypiszesz.
api-keys-created = Poniżej znajduje się nowy klucz API. Skopiuj go teraz – jest wyświetlany tylko raz.
api-keys-owner-only = Kluczami API może zarządzać tylko właściciel konta lub administrator.
api-keys-empty = To konto nie ma jeszcze kluczy API.
api-keys-col-description = Opis
api-keys-col-key = Klucz
api-keys-col-access = Dostęp
api-keys-col-created = Utworzono
api-keys-col-last-used = Ostatnie użycie
api-keys-col-state = Stan
api-keys-col-actions = Akcje
api-keys-revoke = Unieważnij
api-keys-new = Nowy klucz API
api-keys-all-widgets = Wszystkie widżety, także dodane w przyszłości
api-keys-create = Utwórz klucz
api-keys-never-used = Nigdy
api-keys-last-used-from = { $time } z adresu { $ip }
api-keys-state-active = Aktywny
api-keys-state-revoked = Unieważniony
api-keys-state-expired = Wygasły
api-keys-expires-on = Wygasa { $date }
api-keys-widgets-all = Wszystkie widżety
api-keys-widgets-some = { $count ->
    [one] { $count } widżet
    [few] { $count } widżety
    [many] { $count } widżetów
   *[other] { $count } widżetu
}
api-keys-revoked-notice = Klucz API został unieważniony. Integracje, które go używają, od razu przestają działać.
field-api-key-description = Opis (opcjonalnie)
field-api-key-widgets = Widżety
field-api-key-permissions = Uprawnienia
field-api-key-expires = Data wygaśnięcia (opcjonalnie)
error-api-key-widgets-missing = Wybierz wszystkie widżety lub co najmniej jeden.
error-api-key-permissions-missing = Wybierz co najmniej jedno uprawnienie.
error-api-key-expiry-past = Wybierz datę z przyszłości lub pozostaw pole puste.
error-api-key-description-too-long = Opis jest za długi: użyj maksymalnie 200 znaków.
permission-calls = Połączenia: pełny dostęp
permission-calls-view = Połączenia: odczyt historii
permission-managers = Użytkownicy i menedżerowie: pełny dostęp
permission-managers-view = Użytkownicy i menedżerowie: odczyt
permission-managers-edit = Menedżerowie: przypisywanie i edycja
permission-sms = Treści SMS: pełny dostęp
permission-sms-view = Treści SMS: odczyt
permission-sms-edit = Treści SMS: edycja
permission-voice = Komunikaty głosowe: pełny dostęp
permission-voice-view = Komunikaty głosowe: odczyt
permission-voice-edit = Komunikaty głosowe: edycja
permission-widgets = Widżety: pełny dostęp
permission-widgets-view = Widżety: odczyt
permission-widgets-edit = Widżety: tworzenie, edycja i usuwanie
permission-widgets-call = Widżety: zamawianie połączeń

## The public widget, shown to visitors in the widget's language

public-error-unavailable = Ten widżet jest niedostępny.
widget-title = Chcesz, żebyśmy do Ciebie oddzwonili?
widget-phone-label = Twój numer telefonu
widget-call-button = Zadzwońcie teraz
widget-schedule-button = Zadzwońcie później
widget-unavailable-now = Nasi konsultanci są teraz niedostępni. Wybierz termin, a oddzwonimy.
widget-call-coming = Dziękujemy! Za chwilę do Ciebie zadzwonimy.
widget-call-scheduled = Dziękujemy! Oddzwonimy w wybranym terminie.

## REST API reference page

api-docs-title = REST API Dialback
api-docs-intro = API jest zgodne z zewnętrznym API CallPage: ma te same ścieżki, tę samą strukturę odpowiedzi i ten sam nagłówek z kluczem. Klucz utworzony w sekcji Ustawienia > Klucze API wyślij w nagłówku Authorization – sam lub w postaci „Bearer <klucz>”. W żądaniach GET parametry przekazuj w ciągu zapytania (query string), a w pozostałych żądaniach – w treści typu form-urlencoded lub JSON. Każda odpowiedź zawiera pola hasError, errorCode, message, data i meta. Parametry oznaczone * są wymagane. Opisy endpointów są w języku angielskim.
api-docs-openapi = Dokument OpenAPI 3.1
api-docs-permission = Uprawnienie:
api-docs-parameter = Parametr
api-docs-type = Typ
api-docs-description = Opis
api-docs-any-key = dowolny prawidłowy klucz

## My team

nav-team = Mój zespół
team-title = Mój zespół
team-col-state = Stan
team-state-enabled = Aktywny
team-state-disabled = Nieaktywny
team-add = Dodaj członka zespołu
team-add-hint = Nowy członek zespołu zaloguje się po ustawieniu hasła za pomocą linku „Nie pamiętasz hasła?” na stronie logowania.
team-add-submit = Dodaj do zespołu
team-owner-only = Zespół może zmieniać tylko właściciel konta lub administrator.
team-edit-title = Edycja członka zespołu
team-back = Wróć do zespołu
team-enabled = Aktywny: może się logować i odbierać połączenia
team-delete = Usuń z zespołu
team-verify-number = Zweryfikuj
team-caller-id-verified = Zweryfikowany
team-last-owner = Nie można usunąć ostatniego właściciela konta ani zmienić jego roli.
team-self-delete = Nie możesz usunąć samego siebie. Poproś o to innego właściciela lub administratora.
field-role = Rola
role-owner = Właściciel
role-admin = Administrator
role-manager = Menedżer

## Widgets

nav-widgets = Widżety
nav-calls = Połączenia
action-add = Dodaj
action-remove = Usuń
widgets-title = Widżety
widgets-empty = To konto nie ma jeszcze widżetów. Dodaj pierwszy poniżej.
widgets-col-state = Stan
widgets-col-managers = Menedżerowie
widgets-add = Dodaj widżet
widgets-add-submit = Dodaj widżet
widgets-back = Wróć do listy widżetów
widgets-widget = Widżet
widgets-state-enabled = Włączony: odwiedzający widzą widżet i mogą zamawiać połączenia.
widgets-state-disabled = Wyłączony: odwiedzający nie widzą widżetu.
widgets-enable = Włącz
widgets-disable = Wyłącz
widgets-duplicate = Duplikuj
widgets-delete = Usuń widżet
widgets-general = Ogólne
widgets-busy-mode-hint = Włączony: gdy wszyscy menedżerowie są zajęci, prośba odwiedzającego o połączenie zostaje odrzucona. Wyłączony: odwiedzający mogą zarezerwować termin połączenia.
widgets-domains = Zaufane domeny
widgets-domains-hint = Widżet działa tylko na tych stronach. Jeśli lista domen jest pusta, działa na każdej stronie.
widgets-departments = Działy
widgets-managers = Menedżerowie
widgets-no-managers = Żaden menedżer nie odbiera jeszcze połączeń z tego widżetu.
widgets-add-manager = Dodaj menedżera
widgets-manager-enabled = odbiera połączenia
widgets-manager-disabled = wstrzymany
widgets-manager-pause = Wstrzymaj
widgets-manager-resume = Wznów
widgets-days-off = Dni wolne
widgets-embed = Adres konfiguracji widżetu
widgets-embed-hint = Skrypt widżetu na Twojej stronie pobiera konfigurację z tego adresu.
widgets-preview = Podgląd widżetu
widgets-preview-hint = Tak widżet widzi odwiedzający z Twojego obecnego adresu. Adres z czarnej listy nie widzi niczego.
widgets-hours-none = brak godzin pracy
widgets-no-department = Bez działu
widgets-no-users = Najpierw dodaj członków zespołu z numerem telefonu.
field-widget-url = Adres strony internetowej
field-widget-description = Opis
field-widget-language = Język widżetu
field-widget-timezone = Strefa czasowa widżetu
field-widget-busy-mode = Tryb zajętości
field-widget-domain = Domena
field-widget-department = Nazwa działu
field-widget-user = Członek zespołu
field-widget-days = Dni pracy
field-widget-start = Godzina rozpoczęcia
field-widget-end = Godzina zakończenia
field-widget-days-off = Dni wolne, jedna data w wierszu (RRRR-MM-DD)
error-widget-url-invalid = Wpisz adres strony internetowej, np. https://shop.example.com.
error-widget-description-too-long = Opis jest za długi: użyj maksymalnie 500 znaków.
error-department-name = Wpisz nazwę działu: maksymalnie 100 znaków.
error-manager-user = Wybierz członka zespołu z tego konta.
error-manager-days = Wybierz co najmniej jeden dzień pracy i ustaw godzinę rozpoczęcia wcześniejszą niż godzina zakończenia.
error-days-off-invalid = Wpisz każdy dzień wolny w osobnym wierszu, w formacie RRRR-MM-DD.
weekday-0 = Niedziela
weekday-1 = Poniedziałek
weekday-2 = Wtorek
weekday-3 = Środa
weekday-4 = Czwartek
weekday-5 = Piątek
weekday-6 = Sobota

## Calls

calls-title = Połączenia
calls-call = Połączenie
calls-back = Wróć do listy połączeń
calls-col-phone = Numer telefonu
calls-col-status = Status
calls-col-manager = Menedżer
calls-col-duration = Czas rozmowy
calls-widget = Widżet
calls-requested = Zamówiono
calls-scheduled-for = Zaplanowano na
calls-page = Strona
calls-fields = Dane podane przez odwiedzającego
calls-events = Przebieg połączenia
calls-filter-status = Status
calls-filter-widget = Widżet
calls-count = { $count ->
    [0] Brak pasujących połączeń.
    [one] Znaleziono { $count } pasujące połączenie.
    [few] Znaleziono { $count } pasujące połączenia.
    [many] Znaleziono { $count } pasujących połączeń.
   *[other] Znaleziono { $count } pasującego połączenia.
}
calls-duration = { $count ->
    [one] { $count } sekunda
    [few] { $count } sekundy
    [many] { $count } sekund
   *[other] { $count } sekundy
}
calls-nobody = —
calls-cancel = Anuluj połączenie
call-status-new = Oczekuje na wolnego menedżera
call-status-scheduled = Zaplanowane
call-status-ringing = Dzwonimy do menedżera
call-status-in-progress = Połączone
call-status-completed = Zakończone
call-status-manager-failed = Żaden menedżer nie odebrał
call-status-user-failed = Odwiedzający nie odebrał
call-status-failed = Nieudane
call-status-cancelled = Anulowane

## Limits, IP addresses, blacklisted numbers, caller IDs and tags

list-col-created = Dodano
limits-title = Limity
limits-intro = Ze względów bezpieczeństwa każde konto ma limity połączeń. Aby zmienić limit, opisz poniżej swoją sytuację. Operator Dialback rozpatruje każdy wniosek.
limits-col-limit = Limit
limits-col-value = Wartość
limits-col-use = Bieżące wykorzystanie
limits-col-change = Zmiana
limits-col-state = Stan
limit-max_calls_in_progress = Jednoczesne połączenia w toku
limit-max_conversation_duration = Maksymalny czas rozmowy
limit-scheduled_calls_per_timestamp = Połączenia zaplanowane na ten sam termin
limits-use-calls = { $count ->
    [one] { $count } połączenie w toku (dzwonienie lub rozmowa)
    [few] { $count } połączenia w toku (dzwonienie lub rozmowa)
    [many] { $count } połączeń w toku (dzwonienie lub rozmowa)
   *[other] { $count } połączenia w toku (dzwonienie lub rozmowa)
}
limits-use-longest = { $count ->
    [one] najdłuższa dotychczas rozmowa: { $count } sekunda
    [few] najdłuższa dotychczas rozmowa: { $count } sekundy
    [many] najdłuższa dotychczas rozmowa: { $count } sekund
   *[other] najdłuższa dotychczas rozmowa: { $count } sekundy
}
limits-use-busiest = { $count ->
    [one] najbardziej obłożony termin: { $count } połączenie
    [few] najbardziej obłożony termin: { $count } połączenia
    [many] najbardziej obłożony termin: { $count } połączeń
   *[other] najbardziej obłożony termin: { $count } połączenia
}
limits-request = Wniosek o zmianę limitu
limits-request-submit = Wyślij wniosek
limits-requests = Twoje wnioski
limits-state-pending = Oczekuje na decyzję
limits-state-approved = Zatwierdzony
limits-state-rejected = Odrzucony
field-limit = Limit
field-limit-new-value = Nowa wartość
field-limit-description = Dlaczego potrzebujesz tej zmiany?
error-limit-unknown = Wybierz jeden z limitów z listy.
error-limit-value = Wpisz liczbę całkowitą od 1 do maksymalnej wartości limitu (10 000 połączeń lub 86 400 sekund).
error-limit-description = Opisz swoją sytuację: od 10 do 2000 znaków.
ip-title = Adresy IP
ip-intro = Odwiedzający z adresu lub zakresu wpisanego na czarną listę nie widzą Twoich widżetów i nie mogą zamawiać połączeń. Adresy z białej listy nigdy nie są ograniczane – nawet przez automatyczne dodawanie do czarnej listy adresów, z których zamówiono wiele połączeń, ale nie odebrano żadnego.
ip-empty = Obie listy są puste.
ip-add = Dodaj adres lub zakres
ip-col-hits = Trafienia
ip-list-whitelist = Biała lista
ip-list-blacklist = Czarna lista
field-ip-address = Adres IP lub zakres (CIDR)
field-ip-list-type = Lista
field-ip-note = Notatka (opcjonalnie)
error-ip-missing = Wpisz adres IP lub zakres, np. 203.0.113.0/24.
error-ip-invalid = Wpisz prawidłowy adres IPv4 lub IPv6 albo zakres w notacji CIDR, np. 203.0.113.0/24.
error-ip-list-type = Wybierz białą lub czarną listę.
error-ip-note = Notatka jest za długa lub zawiera niewidoczne znaki: użyj maksymalnie 200 widocznych znaków.
error-ip-overlap = Ten adres lub zakres pokrywa się z wpisem { $network } na liście: { $list }. Najpierw usuń tamten wpis albo wpisz zakres, który się z nim nie pokrywa.
numbers-title = Czarna lista numerów
numbers-intro = Dialback nigdy nie dzwoni na numery telefonów z tej listy.
numbers-empty = Na czarnej liście nie ma żadnego numeru.
numbers-add = Dodaj numer do czarnej listy
error-number-listed = Ten numer jest już na czarnej liście.
error-number-blacklisted = Ten numer telefonu jest na czarnej liście tego konta, więc Dialback do niego nie dzwoni.
public-error-call-refused = Nie możemy zadzwonić na ten numer. Prosimy o kontakt w inny sposób.
error-slot-full = Ten termin jest już w pełni zarezerwowany. Wybierz inny.
api-error-address-blocked = Adres IP odwiedzającego jest na czarnej liście tego konta.
api-error-calls-limit = Konto osiągnęło limit połączeń w toku. Spróbuj ponownie po zakończeniu któregoś z połączeń lub poproś o wyższy limit w sekcji Ustawienia > Limity.
api-error-tag-not-found = Na tym koncie nie ma takiego tagu.
caller-ids-title = Numery prezentowane
caller-ids-intro = Wszystkie numery telefonów, które kiedykolwiek dodano do konta. Odwiedzający widzą numer menedżera jako numer dzwoniącego dopiero po jego weryfikacji. Do tego czasu widzą numer Dialback.
caller-ids-empty = Do konta nie dodano jeszcze żadnego numeru telefonu.
caller-ids-col-verified = Zweryfikowano
caller-ids-not-verified = Niezweryfikowany
caller-ids-send-sms = Wyślij kod SMS-em
caller-ids-send-voice = Przekaż kod połączeniem głosowym
caller-ids-verify = Zweryfikuj
caller-ids-code-message = Twój kod weryfikacyjny Dialback to { $code }. Kod wygaśnie za 10 minut.
field-caller-id-code = Sześciocyfrowy kod
error-code-wrong = Kod jest nieprawidłowy. Sprawdź go i spróbuj ponownie.
error-code-expired = Kod wygasł lub nie został wysłany. Wyślij nowy kod.
error-code-attempts = Zbyt wiele błędnych kodów. Wyślij nowy kod.
tags-title = Tagi
tags-intro = Tagi oznaczają połączenia według tematu, dzięki czemu łatwo je znaleźć i przefiltrować.
tags-empty = To konto nie ma jeszcze tagów.
tags-add = Dodaj tag
tags-col-updated = Ostatnia zmiana
field-tag-label = Nazwa
field-tag-color = Kolor
error-tag-label = Wpisz nazwę tagu: od 1 do 50 widocznych znaków.
error-tag-color = Podaj kolor jako znak # i sześć cyfr szesnastkowych, np. #0b6bcb.
error-tag-duplicate = Inny tag ma już taką nazwę.
calls-tag = Tag
calls-add-tag = Dodaj tag
activity-kind-CALL_TAGGED = Dodano tag do połączenia.
activity-kind-CALL_UNTAGGED = Usunięto tag z połączenia.
activity-kind-LIMIT_CHANGE_REQUESTED = Złożono wniosek o zmianę limitu.
activity-kind-LIMIT_CHANGE_APPROVED = Zatwierdzono wniosek o zmianę limitu.
activity-kind-LIMIT_CHANGE_REJECTED = Odrzucono wniosek o zmianę limitu.
activity-kind-IP_ADDRESS_ADDED = Dodano adres IP do listy.
activity-kind-IP_ADDRESS_REMOVED = Usunięto adres IP z listy.
activity-kind-IP_ADDRESS_BLACKLISTED_AUTOMATICALLY = Automatycznie dodano adres IP do czarnej listy, ponieważ zamówiono z niego wiele połączeń, ale nie odebrano żadnego.
activity-kind-BLACKLISTED_NUMBER_ADDED = Dodano numer telefonu do czarnej listy.
activity-kind-BLACKLISTED_NUMBER_REMOVED = Usunięto numer telefonu z czarnej listy.
activity-kind-CALLER_ID_ADDED = Dodano numer prezentowany.
activity-kind-CALLER_ID_VERIFICATION_SENT = Wysłano kod weryfikacyjny na numer prezentowany.
activity-kind-CALLER_ID_VERIFIED = Zweryfikowano numer prezentowany.
activity-kind-CALLER_ID_DELETED = Usunięto numer prezentowany.
activity-kind-TAG_ADDED = Dodano tag.
activity-kind-TAG_EDITED = Zmieniono tag.
activity-kind-TAG_DELETED = Usunięto tag.

# Desktop notifications in the dashboard, and widget reports by e-mail.
live-region-label = Powiadomienia
live-dismiss = Zamknij
live-open = Otwórz
live-enable-desktop = Pokazuj powiadomienia na pulpicie
report-daily-subject = Raport dzienny za { $date }
report-weekly-subject = Raport tygodniowy za { $first } – { $last }
report-daily-intro = Połączenia z Twoich widżetów w dniu { $date } (strefa czasowa { $timezone }).
report-weekly-intro = Połączenia z Twoich widżetów od { $first } do { $last } (strefa czasowa { $timezone }).
report-col-widget = Widżet
report-col-requested = Zamówione
report-col-answered = Odebrane
report-col-missed = Nieodebrane
report-col-average-wait = Średni czas oczekiwania
report-col-average-talk = Średni czas rozmowy
report-col-day = Dzień
report-total = Wszystkie widżety
report-none = —
report-chart-title = Połączenia dziennie
report-chart-alt = Wykres słupkowy połączeń dziennie; te same liczby podaje tabela poniżej.
report-legend-answered = Odebrane
report-legend-missed = Nieodebrane
report-legend-other = Inne wyniki: anulowane, nieudane lub niezakończone
report-open-calls = Otwórz listę połączeń
report-duration-seconds = { $seconds } s
report-duration-minutes = { $minutes } min { $seconds } s
nav-messages = Wiadomości
messages-title = Wiadomości
messages-intro = Wiadomości zostawione przez odwiedzających w Twoich widżetach, od najnowszych.
messages-count = { $count ->
    [0] Nie ma jeszcze wiadomości.
    [one] { $count } wiadomość.
    [few] { $count } wiadomości.
    [many] { $count } wiadomości.
   *[other] { $count } wiadomości.
}
messages-col-widget = Widżet
messages-col-visitor = Odwiedzający
messages-col-text = Wiadomość
error-message-text-missing = Wpisz treść wiadomości.
error-message-text-too-long = Skróć wiadomość do najwyżej 2000 znaków.
error-message-contact-missing = Podaj numer telefonu lub adres e-mail, abyśmy mogli odpowiedzieć.
public-error-message-refused = Nie możemy przyjąć tej wiadomości. Prosimy o kontakt w inny sposób.
widget-message-received = Dziękujemy! Otrzymaliśmy Twoją wiadomość i wkrótce się odezwiemy.
activity-kind-MESSAGE_RECEIVED = Odwiedzający zostawił wiadomość.
activity-kind-WEBHOOK_ADDED = Dodano webhook.
activity-kind-WEBHOOK_ENABLED = Włączono webhook.
activity-kind-WEBHOOK_DISABLED = Wyłączono webhook.
activity-kind-WEBHOOK_SECRET_ROTATED = Wymieniono sekret podpisu webhooka.
activity-kind-WEBHOOK_DELETED = Usunięto webhook.
webhooks-title = Webhooki
webhooks-intro = Gdy zajdzie jedno z wybranych zdarzeń, Dialback wysyła na każdy z poniższych adresów podpisane żądanie POST z danymi JSON. Nieudane doręczenia są ponawiane w coraz dłuższych odstępach.
webhooks-owner-only = Webhookami mogą zarządzać tylko właściciele i administratorzy konta.
webhooks-empty = Konto nie ma jeszcze webhooków.
webhooks-col-url = Adres
webhooks-col-events = Zdarzenia
webhooks-col-secret = Sekret podpisu
webhooks-col-state = Stan
webhooks-state-enabled = Włączony
webhooks-state-disabled = Wyłączony
webhooks-log = Dziennik doręczeń
webhooks-enable = Włącz
webhooks-disable = Wyłącz
webhooks-rotate-secret = Wymień sekret
webhooks-signature-hint = Każde żądanie ma nagłówek Dialback-Signature: t=<czas Unix>,v1=<HMAC-SHA256 szesnastkowo z czasu, kropki i treści, z sekretem podpisu jako kluczem>. Sprawdź go, zanim zaufasz żądaniu.
webhooks-add = Dodaj webhook
field-webhook-url = Adres (URL)
field-webhook-events = Wysyłane zdarzenia
error-webhook-url-missing = Podaj adres, który ma odbierać zdarzenia.
error-webhook-url-too-long = Skróć adres do najwyżej 2000 znaków.
error-webhook-url-invalid = Podaj pełny adres zaczynający się od https:// lub http://, na przykład https://example.com/dialback.
error-webhook-url-credentials = Podaj adres bez nazwy użytkownika i hasła.
error-webhook-url-forbidden = Ten adres prowadzi do { $address }, który nie należy do publicznego internetu. Webhooki mogą łączyć się tylko z adresami publicznymi.
error-webhook-url-unresolved = Nie udało się odnaleźć nazwy hosta z tego adresu. Sprawdź pisownię.
error-webhook-events-missing = Wybierz z listy co najmniej jedno zdarzenie.
error-webhook-too-many = { $count ->
    [one] Konto może mieć najwyżej { $count } webhook. Najpierw usuń któryś.
    [few] Konto może mieć najwyżej { $count } webhooki. Najpierw usuń któryś.
    [many] Konto może mieć najwyżej { $count } webhooków. Najpierw usuń któryś.
   *[other] Konto może mieć najwyżej { $count } webhooka. Najpierw usuń któryś.
}
webhooks-event-call-new = Nowe połączenie
webhooks-event-call-scheduled = Zaplanowane połączenie
webhooks-event-call-ringing = Połączenie dzwoni
webhooks-event-call-completed = Połączenie zakończone
webhooks-event-call-missed = Nieodebrane połączenie
webhooks-event-call-scheduled-failed = Zaplanowane połączenie nie powiodło się
webhooks-event-call-custom-fields = Uzupełnione pola własne
webhooks-event-call-additional-data = Dodatkowe dane od odwiedzającego
webhooks-event-message-new = Nowa wiadomość
webhooks-log-title = Dziennik doręczeń webhooka
webhooks-back = Wróć do webhooków
webhooks-col-event = Zdarzenie
webhooks-col-attempts = Próby
webhooks-no-attempts = Jeszcze nie wysłano.
webhooks-deliveries-count = { $count ->
    [0] Do tego webhooka nic jeszcze nie wysłano.
    [one] { $count } doręczenie.
    [few] { $count } doręczenia.
    [many] { $count } doręczeń.
   *[other] { $count } doręczenia.
}
webhooks-status-delivered = Doręczono
webhooks-status-failed = Nie doręczono; koniec prób
webhooks-status-pending = Czeka na wysłanie
webhooks-status-retrying = Nie doręczono; następna próba { $time }
webhooks-http-status = HTTP { $status }
webhooks-duration-ms = { $count } ms
webhooks-error-forbidden-address = Odrzucono: adres nie należy do publicznego internetu
webhooks-error-unresolved = Nie znaleziono nazwy hosta
webhooks-error-timeout = Brak odpowiedzi na czas
webhooks-error-connect = Nie udało się nawiązać połączenia
webhooks-error-too-many-redirects = Zbyt wiele przekierowań
webhooks-error-invalid-redirect = Przekierowanie bez poprawnego adresu docelowego
webhooks-error-request = Żądanie nie powiodło się
# Notifications (branch notify)
notifications-title = Powiadomienia
notifications-intro = Wybierz, które zdarzenia mają do Ciebie docierać każdym z kanałów. Zmiany zaczną obowiązywać po kliknięciu Zapisz.
notifications-col-event = Zdarzenie
notifications-not-offered = Niedostępne w tym kanale
notifications-error-unknown = Formularz zawierał opcję, która nie istnieje, więc niczego nie zapisano. Odśwież stronę i spróbuj ponownie.
notifications-sms-to = SMS-y trafiają na numer { $phone } podany w Twoim profilu.
notifications-sms-no-phone = Dodaj numer telefonu w profilu, aby otrzymywać SMS-y.
notifications-mobile-devices = Urządzenia mobilne zarejestrowane do powiadomień push: { $count }. Aplikacje rejestrują je przez REST API.
notifications-test-title = Wyślij test
notifications-test-hint = Test przechodzi przez tę samą kolejkę co prawdziwe powiadomienia, więc pojawia się też w historii wysyłek.
notifications-test-sms = Wyślij testowy SMS
notifications-test-email = Wyślij testowy e-mail
notifications-test-desktop = Wyślij testowe powiadomienie na pulpicie
notifications-test-mobile = Wyślij testowe powiadomienie push
notifications-test-queued = Testowe powiadomienie jest w drodze.
notifications-log-title = Historia wysyłek
notifications-log-empty = Nie wysłano Ci jeszcze żadnego powiadomienia.
notifications-log-col-what = Powiadomienie
notifications-log-col-when = Utworzono
notifications-log-col-channel = Kanał
notifications-log-col-status = Stan
notifications-log-col-attempts = Próby
notifications-log-col-error = Ostatni błąd
notifications-log-sent-at = wysłano { $time }
notifications-log-older = Starsze wysyłki
notifications-status-pending = Oczekuje
notifications-status-sent = Wysłano
notifications-status-failed = Nieudane
notifications-error-no-phone = W Twoim profilu nie ma numeru telefonu.
notifications-error-no-device = Nie masz zarejestrowanego urządzenia mobilnego.
notifications-error-user-gone = Odbiorca już nie istnieje.
notifications-error-user-disabled = Konto użytkownika odbiorcy jest wyłączone.
notifications-error-unknown-kind = Ta wersja Dialback nie zna tego powiadomienia.
profile-notifications-link = Wybierz, jakie powiadomienia otrzymujesz
notify-channel-sms = SMS
notify-channel-email = E-mail
notify-channel-desktop = Pulpit
notify-channel-mobile = Telefon (push)
notify-event-call-new = Nowe połączenie
notify-event-call-scheduled = Nowe zaplanowane połączenie
notify-event-call-ringing = Telefon dzwoni
notify-event-call-completed = Zakończone połączenie ze szczegółami
notify-event-call-missed = Nieodebrane połączenie
notify-event-call-scheduled-failed = Nieudane zaplanowane połączenie
notify-event-call-custom-fields = Pola własne uzupełnione przez odwiedzającego
notify-event-call-additional-data = Dodatkowe dane od odwiedzającego
notify-event-message-new = Nowa wiadomość
notify-event-widget-installed = Zainstalowano nowy widżet
notify-event-product-update = Nowości w produkcie
notify-event-report-daily = Dzienny raport widżetu
notify-event-report-weekly = Tygodniowy raport widżetu
notify-event-notification-test = Powiadomienie testowe
notify-event-subscription-expired = Subskrypcja wygasła
notify-label-phone = Numer odwiedzającego
notify-label-time = Czas
notify-label-scheduled = Zaplanowano na
notify-label-widget = Widżet
notify-label-manager = Menedżer
notify-label-duration = Rozmowa
notify-label-email = E-mail
notify-open-link = Otwórz w Dialback
notify-email-footer = Otrzymujesz tę wiadomość zgodnie z ustawieniami powiadomień w Dialback. Możesz je zmienić w Ustawienia > Powiadomienia.
notify-call-new-subject = Nowa prośba o połączenie od { $phone }
notify-call-new-body = Przez { $widget } o { $time } poproszono o oddzwonienie na numer { $phone }.
notify-call-new-sms = Nowa prośba o połączenie od { $phone } o { $time }.
notify-call-scheduled-subject = Zarezerwowano połączenie na { $scheduled }: { $phone }
notify-call-scheduled-body = Przez { $widget } zarezerwowano połączenie z numerem { $phone } na { $scheduled }.
notify-call-scheduled-sms = Rezerwacja połączenia: { $phone } na { $scheduled }.
notify-call-ringing-subject = Dzwoni: połączenie do { $phone }
notify-call-ringing-body = Telefon menedżera dzwoni w sprawie połączenia z numerem { $phone }, zamówionego przez { $widget }.
notify-call-ringing-sms = Teraz dzwoni: połączenie do { $phone }.
notify-call-completed-subject = Zakończono rozmowę z { $phone } ({ $duration })
notify-call-completed-body = Rozmowa z { $phone } trwała { $duration } (menedżer: { $manager }). Połączenie zakończyło się o { $time }.
notify-call-completed-sms = Rozmowa zakończona: { $phone }, { $duration }, menedżer { $manager }, koniec { $time }.
notify-call-missed-subject = Nieodebrane połączenie od { $phone }
notify-call-missed-manager-body = Żaden menedżer nie odebrał połączenia z numerem { $phone }, zamówionego przez { $widget }. Zakończyło się o { $time }; oddzwoń do odwiedzającego jak najszybciej.
notify-call-missed-manager-sms = Nieodebrane połączenie od { $phone } o { $time }: żaden menedżer nie odebrał.
notify-call-missed-visitor-body = Pod numerem { $phone } nikt nie odebrał połączenia zwrotnego zamówionego przez { $widget }. Zakończyło się o { $time }.
notify-call-missed-visitor-sms = Nieodebrane połączenie z { $phone } o { $time }: nikt nie odebrał po stronie odwiedzającego.
notify-call-scheduled-failed-subject = Zaplanowane połączenie z { $phone } nie doszło do skutku
notify-call-scheduled-failed-body = Nie udało się wykonać połączenia z numerem { $phone }, zarezerwowanego na { $scheduled }. Zakończyło się o { $time }.
notify-call-scheduled-failed-sms = Zaplanowane połączenie z { $phone } nie powiodło się o { $time }.
notify-call-custom-fields-subject = Uzupełniono pola własne: { $phone }
notify-call-custom-fields-body = Odwiedzający z numerem { $phone } uzupełnił pola własne połączenia zamówionego przez { $widget }. Poniżej wszystkie dotychczas wypełnione pola.
notify-call-custom-fields-sms = Uzupełniono pola własne połączenia z { $phone }.
notify-call-additional-data-subject = Dodatkowe dane od { $phone }
notify-call-additional-data-body = Do połączenia z numerem { $phone }, zamówionego przez { $widget }, dopisano dodatkowe dane.
notify-call-additional-data-sms = Dodatkowe dane do połączenia z { $phone }.
notify-message-new-subject = Nowa wiadomość od odwiedzającego na { $widget }
notify-message-new-body = Na { $widget } o { $time } zostawiono wiadomość:
notify-message-new-sms = Nowa wiadomość na { $widget }:
notify-widget-installed-subject = Twój widżet działa na { $domain }
notify-widget-installed-body = Widżet dla { $widget } po raz pierwszy wczytał się na { $domain } o { $time }. Odwiedzający mogą już tam prosić o oddzwonienie.
notify-widget-installed-sms = Na { $domain } odwiedzający mogą już prosić o oddzwonienie.
notify-product-update-subject = Dialback: { $title }
notify-product-update-body = { $title }
notify-product-update-sms = { $title }
notify-report-daily-subject = Dzienny raport Twoich widżetów
notify-report-weekly-subject = Tygodniowy raport Twoich widżetów
notify-notification-test-subject = Testowe powiadomienie Dialback
notify-notification-test-body = To jest testowe powiadomienie w kanale { $channel }. Skoro do Ciebie dotarło, powiadomienia Dialback też tam dotrą.
notify-notification-test-sms = Testowe powiadomienie Dialback w kanale { $channel } dotarło.
activity-kind-PUSH_DEVICE_REGISTERED = Zarejestrowano urządzenie mobilne do powiadomień push.
activity-kind-PUSH_DEVICE_UNREGISTERED = Wyrejestrowano urządzenie mobilne z powiadomień push.
api-reason-device-token = podaj token wydany przez platformę urządzenia: najwyżej 4096 znaków, bez spacji.
api-reason-device-platform = użyj android albo ios.
api-error-device-not-found = Na tym koncie nie ma takiego tokenu urządzenia.
## Plans, subscription, checkout, payments and invoices (issue 6, branch payments)

billing-period-monthly = Miesięcznie
billing-period-annual = Rocznie
payment-system-paypal = PayPal
payment-system-dotpay = DotPay
payment-system-bank_transfer = Przelew bankowy
subscription-title = Subskrypcja
subscription-paid = Dziękujemy. Płatność została potwierdzona, a plan zmieniony.
subscription-current-plan = Obecny plan
subscription-expires-on = Ważny do
subscription-expired-on = Wygasł
subscription-plans = Plany
subscription-no-plans = Nie ma jeszcze żadnych planów w ofercie.
subscription-prices-net = Ceny netto w walucie konta. VAT doliczamy przy zamówieniu.
subscription-change = Zmień plan
subscription-see-price = Pokaż cenę
subscription-pending = Płatności czekające na potwierdzenie
subscription-pay-now = Zapłać
payment-reference = Tytuł płatności
checkout-field-plan = Plan
checkout-field-billing-period = Okres rozliczeniowy
checkout-field-payment-system = System płatności
checkout-field-full-name = Imię i nazwisko
checkout-field-company = Nazwa firmy (przy zakupie na firmę)
checkout-field-tax-id = NIP lub numer VAT UE
checkout-field-country = Kraj (kod dwuliterowy, np. PL)
checkout-field-city = Miejscowość
checkout-field-address = Adres
checkout-field-zip-code = Kod pocztowy
checkout-title = Zamówienie
checkout-price = Cena planu
checkout-credit = Odliczenie za niewykorzystaną część obecnego planu
checkout-credit-rule = Odliczenie to kwota zapłacona za bieżący okres pomnożona przez pozostałą część tego okresu, zaokrąglona do najmniejszej jednostki waluty.
checkout-net = Netto
checkout-vat = VAT { $rate }%
checkout-vat-amount = VAT
checkout-gross = Do zapłaty
checkout-downgrade = Co tracisz w tym planie
checkout-downgrade-intro = Nowy plan obniża te limity poniżej obecnych wartości. Zmienią się zaraz po potwierdzeniu płatności.
checkout-downgrade-now = Teraz
checkout-downgrade-after = W nowym planie
checkout-downgrade-confirm = Rozumiem, że te limity zostaną obniżone.
checkout-details = Dane do faktury
checkout-submit = Przejdź do płatności
proforma-title = Faktura pro forma
proforma-intro = Przelej poniższą kwotę na to konto, podając tytuł płatności. Plan zmieni się, gdy operator zaksięguje wpłatę.
proforma-paid = Ta płatność jest potwierdzona.
proforma-recipient = Odbiorca
proforma-bank = Bank
proforma-account = Numer konta
proforma-amount = Kwota do zapłaty
proforma-issued = Data wystawienia
proforma-back = Wróć do subskrypcji
sandbox-title = Testowa bramka płatności
sandbox-intro = Ta strona testowa zastępuje operatora płatności. Żadne pieniądze nie zostaną pobrane.
sandbox-pay = Potwierdź płatność
sandbox-cancel = Anuluj i wróć do Dialback
invoices-title = Faktury
invoices-empty = Nie ma jeszcze faktur. Fakturę wystawiamy za każdą potwierdzoną płatność.
invoices-col-number = Numer
invoices-col-transaction = ID transakcji
invoices-col-price = Cena
invoices-col-paid = Data płatności
invoices-col-kind = Rodzaj
invoices-download = Pobierz PDF
invoice-kind-subscription = Subskrypcja
invoice-kind-one_time = Jednorazowa
invoice-line-subscription = Plan { $plan }, { $period }
invoice-line-subscription-credit = Plan { $plan }, { $period }, pomniejszony o { $credit } za niewykorzystaną część poprzedniego planu
error-money-invalid = Wpisz kwotę, np. 49.99, z kropką przed groszami.
error-money-precision = Wpisz najwyżej dwie cyfry po kropce.
error-billing-period-unknown = Wybierz rozliczenie miesięczne lub roczne.
error-payment-system-unknown = Wybierz system płatności z listy.
error-invoice-kind-unknown = Wybierz subskrypcję lub płatność jednorazową.
error-plan-unknown = Wybierz plan z listy.
error-plan-no-price = Ten plan nie ma ceny w walucie konta dla tego okresu. Wybierz inny plan lub okres.
error-checkout-required = Wypełnij to pole (najwyżej 200 znaków).
error-checkout-country = Wpisz dwuliterowy kod kraju, np. PL lub DE.
error-checkout-tax-id-required = Firma musi podać swój NIP.
error-checkout-confirm-downgrade = Potwierdź, że akceptujesz niższe limity.
activity-kind-PAYMENT_STARTED = Rozpoczęto płatność.
activity-kind-PAYMENT_CONFIRMED = Potwierdzono płatność.
activity-kind-PAYMENT_CALLBACK_REJECTED = Odrzucono powiadomienie o płatności.
activity-kind-SUBSCRIPTION_CHANGED = Zmieniono plan subskrypcji.
activity-kind-INVOICE_ISSUED = Wystawiono fakturę.
## Billing information, coupons and invoice PDFs (issue 6, branch billing)

error-tax-id-missing = Wpisz numer podatkowy.
error-tax-id-characters = Ten numer podatkowy zawiera znaki, których nie używają numery z wybranego kraju.
error-tax-id-length = Ten numer podatkowy ma nieprawidłową liczbę znaków dla wybranego kraju.
error-tax-id-checksum = Cyfra kontrolna tego numeru podatkowego się nie zgadza. Sprawdź, czy nie ma w nim literówki.
error-tax-id-prefix = Ten numer zaczyna się od prefiksu innego kraju. Wybierz ten kraj albo usuń prefiks.
error-tax-id-country = Nie możemy sprawdzić numerów podatkowych z tego kraju. Wybierz kraj, który wydał numer.
settings-nav-subscription = Subskrypcja
settings-nav-invoices = Faktury
billing-title = Dane do faktur
billing-intro = Na te dane wystawiamy nowe faktury. Faktury już wystawione zachowują dane, z którymi je wystawiono.
billing-country-choose = Wybierz kraj
billing-zip-hint = Format kodu pocztowego w wybranym kraju: { $example }
billing-tax-id-hint = Pole nieobowiązkowe. Wpisz NIP lub numer VAT wybranego kraju, z prefiksem kraju albo bez niego.
field-country = Kraj
field-address = Adres
field-zip-code = Kod pocztowy
field-city = Miejscowość
field-tax-id = NIP lub numer VAT
error-country-missing = Wybierz kraj.
error-country-unknown = Wybierz kraj z listy.
error-address-missing = Wpisz ulicę i numer.
error-address-too-long = Adres jest za długi: użyj maksymalnie 200 znaków.
error-city-missing = Wpisz miejscowość.
error-city-too-long = Nazwa miejscowości jest za długa: użyj maksymalnie 100 znaków.
error-zip-missing = Wpisz kod pocztowy.
error-zip-format = Wpisz kod pocztowy w formacie wybranego kraju, np. { $example }.
coupons-title = Kupony
coupons-intro = Kod kuponu podnosi jeden z limitów konta. Każdy kod można wykorzystać na koncie tylko raz.
field-coupon-code = Kod kuponu
coupons-apply = Zastosuj
coupons-used = Wykorzystane kupony
coupons-empty = Nie wykorzystano jeszcze żadnego kuponu.
coupons-col-code = Kod
coupons-col-increase = Zwiększenie limitu
coupons-col-applied = Data wykorzystania
coupons-increase = { $limit }: +{ $amount }
error-coupon-missing = Wpisz kod kuponu.
error-coupon-code-format = Kod kuponu ma od 3 do 40 liter, cyfr, łączników lub podkreśleń.
error-coupon-unknown = Taki kod kuponu nie istnieje. Sprawdź, czy jest poprawnie wpisany.
error-coupon-expired = Ten kod kuponu wygasł.
error-coupon-exhausted = Ten kod kuponu został już wyczerpany.
error-coupon-already-used = To konto już wykorzystało ten kod kuponu.
error-coupon-throttled = { $count ->
    [one] Zbyt wiele błędnych kodów kuponów. Spróbuj ponownie za { $count } minutę.
    [few] Zbyt wiele błędnych kodów kuponów. Spróbuj ponownie za { $count } minuty.
    [many] Zbyt wiele błędnych kodów kuponów. Spróbuj ponownie za { $count } minut.
   *[other] Zbyt wiele błędnych kodów kuponów. Spróbuj ponownie za { $count } minuty.
}
activity-kind-BILLING_INFO_CHANGED = Zmieniono dane do faktur.
activity-kind-COUPON_APPLIED = Wykorzystano kupon.
invoice-pdf-title = Faktura
invoice-pdf-number = Numer faktury
invoice-pdf-issued-on = Data wystawienia
invoice-pdf-paid-on = Data zapłaty
invoice-pdf-transaction = Identyfikator transakcji
invoice-pdf-seller = Sprzedawca
invoice-pdf-buyer = Nabywca
invoice-pdf-tax-id = NIP: { $id }
invoice-pdf-col-number = Lp.
invoice-pdf-col-description = Nazwa
invoice-pdf-col-quantity = Ilość
invoice-pdf-col-unit-net = Cena jedn. netto
invoice-pdf-col-net = Wartość netto
invoice-pdf-col-vat-rate = Stawka VAT
invoice-pdf-col-vat = Kwota VAT
invoice-pdf-col-gross = Wartość brutto
invoice-pdf-vat-rate-value = { $rate }%
invoice-pdf-total = Razem
invoice-pdf-currency = Waluta: { $code }
country-AT = Austria
country-BE = Belgia
country-BG = Bułgaria
country-BR = Brazylia
country-CY = Cypr
country-CZ = Czechy
country-DE = Niemcy
country-DK = Dania
country-EE = Estonia
country-ES = Hiszpania
country-FI = Finlandia
country-FR = Francja
country-GB = Wielka Brytania
country-GR = Grecja
country-HR = Chorwacja
country-HU = Węgry
country-IE = Irlandia
country-IT = Włochy
country-LT = Litwa
country-LU = Luksemburg
country-LV = Łotwa
country-MT = Malta
country-NL = Holandia
country-PL = Polska
country-PT = Portugalia
country-RO = Rumunia
country-SE = Szwecja
country-SI = Słowenia
country-SK = Słowacja
country-US = Stany Zjednoczone
widget-message-title = Albo zostaw nam wiadomość
widget-name-label = Imię i nazwisko (opcjonalnie)
widget-email-label = Twój adres e-mail
widget-message-label = Wiadomość
widget-send-message = Wyślij wiadomość
subscription-trial-plan = Okres próbny
invoice-period-monthly = rozliczenie miesięczne
invoice-period-annual = rozliczenie roczne
activity-kind-SUBSCRIPTION_EXPIRED = Subskrypcja wygasła i minął okres karencji, więc widżety odrzucają nowe prośby o połączenie.
api-error-subscription-expired = Subskrypcja konta wygasła, więc jego widżety nie przyjmują nowych próśb o połączenie. Właściciel konta może ją odnowić w Ustawienia > Subskrypcja.
public-error-subscription-expired = Prośby o oddzwonienie są teraz niedostępne na tej stronie. Skontaktuj się z firmą w inny sposób.
subscription-banner-expiring = Twoja subskrypcja wygasa { $date }.
subscription-banner-grace = Twoja subskrypcja wygasła { $date }. Jeśli nie zostanie odnowiona, od { $refused } widżety będą odrzucać nowe prośby o połączenie.
subscription-banner-expired = Twoja subskrypcja wygasła { $date }. Do czasu odnowienia widżety odrzucają nowe prośby o połączenie; połączenia przyjęte wcześniej nadal się odbędą.
subscription-banner-renew = Odnów ją w Ustawienia > Subskrypcja.
subscription-banner-ask-owner = Poproś właściciela konta o jej odnowienie.
notify-subscription-expired-subject = Twoja subskrypcja Dialback wygasła
notify-subscription-expired-body = Twoja subskrypcja wygasła { $time } i minął okres karencji, więc widżety nie przyjmują już próśb o połączenie. Połączenia przyjęte wcześniej nadal się odbędą. Odnów ją w Ustawienia > Subskrypcja, aby znów przyjmować połączenia.
notify-subscription-expired-sms = Twoja subskrypcja Dialback wygasła; widżety nie przyjmują już próśb o połączenie.

## Billing fixes (issue 6, branch billfix)
error-coupon-disabled = Ten kod kuponu nie jest już aktywny.
error-forbidden-title = Nie masz dostępu do tej strony
error-forbidden-message = Twoja rola na tym koncie na to nie pozwala. Jeśli potrzebujesz dostępu, poproś o niego właściciela konta.
error-tax-id-repeated = Numer złożony z samych jednakowych cyfr nigdy nie jest nadawany. Wpisz właściwy numer podatkowy.

## Payment fixes: one pending payment, credit at confirmation, rejected callbacks
checkout-new-expiry = Opłacony do
checkout-credit-surplus = Niewykorzystana wartość obecnego planu przewyższa tę cenę o { $amount }. Nie przepada: wydłuża nowy plan, co widać w dacie powyżej.
payment-cancel = Anuluj
payment-cancelled-notice = Ta płatność została anulowana i nie można jej już opłacić. Aby zmienić plan, zacznij nowe zamówienie.
payment-cancelled-done = Oczekująca płatność została anulowana.
payment-rejected-title = Płatność nie została potwierdzona
payment-rejected-back = Wróć do subskrypcji
payment-rejected-bad-signature = Nie udało się zweryfikować potwierdzenia z systemu płatności. Plan się nie zmienił. Rozpocznij płatność ponownie na stronie Subskrypcja.
payment-rejected-unknown-payment = Żadna płatność nie ma tego identyfikatora. Plan się nie zmienił.
payment-rejected-wrong-system = Tej płatności nie opłaca się w tym systemie płatności. Plan się nie zmienił.
payment-rejected-wrong-amount = Potwierdzona kwota lub waluta nie zgadza się z tą płatnością. Plan się nie zmienił.
payment-rejected-replayed = To potwierdzenie zostało już użyte i niczego nie zmieniło. Jeśli płatność przeszła, jej wynik widać na stronie Subskrypcja.
payment-rejected-expired = Potwierdzenie przyszło za późno: strona płatności jest ważna 15 minut. Plan się nie zmienił. Otwórz płatność ponownie na stronie Subskrypcja.
payment-rejected-cancelled = Ta płatność została anulowana, na przykład przez nowsze zamówienie, więc nie można jej potwierdzić. Plan się nie zmienił.
error-currency-paid-period = Waluty nie można zmienić, dopóki trwa opłacony okres (do { $date }): niewykorzystaną część okresu odlicza się tylko w walucie, w której ją opłacono.
activity-kind-PAYMENT_CANCELLED = Anulowano oczekującą płatność.

## Notification fixes: device tokens, test throttle, webhook and message errors
api-error-device-token-taken = Ten token urządzenia jest zarejestrowany na innym koncie.
notifications-test-throttled = Test w tym kanale został wysłany przed chwilą. Następny można wysłać po upływie minuty.
error-webhook-url-metadata = Ten adres prowadzi do { $address }, czyli usługi metadanych chmury, która może wydać dane uwierzytelniające serwera. Webhooki nigdy nie mogą go wywoływać, niezależnie od ustawień serwera.
error-webhook-url-port = Podaj port od 1 do 65535 albo pomiń port.
error-message-text-control = Usuń z wiadomości znaki sterujące, np. wklejone z innego programu. Podziały wiersza i tabulatory mogą zostać.
error-message-name-control = Usuń z imienia znaki niewidoczne i sterujące, np. tabulatory lub podziały wiersza.
notify-label-name = Imię i nazwisko odwiedzającego
notifications-error-mail-unreachable = Nie udało się połączyć z serwerem poczty.
notifications-error-mail-refused = Serwer poczty odrzucił wiadomość.
notifications-error-other = Wysyłka się nie powiodła.
