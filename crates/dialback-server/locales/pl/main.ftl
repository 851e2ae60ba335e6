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
error-email-invalid = Wpisz prawidłowy adres e-mail, np. name@example.com.
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
error-language-unknown = Wybierz jeden z języków z listy.
error-currency-unknown = Wybierz jedną z walut z listy.
error-timezone-unknown = Wybierz strefę czasową z listy.
error-date-format-unknown = Wybierz jeden z formatów daty z listy.
error-time-format-unknown = Wybierz jeden z formatów godziny z listy.
error-date-invalid = Wpisz datę w formacie YYYY-MM-DD.
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
activity-kind-USER_ADDED = Dodano użytkownika do zespołu.
activity-kind-USER_EDITED = Zmieniono profil użytkownika.
activity-kind-USER_DELETED = Usunięto użytkownika z zespołu.
activity-kind-USER_SIGNUP = Utworzono konto.
activity-kind-USER_LOGGED_IN = Użytkownik zalogował się.
activity-kind-USER_LOGGED_OUT = Użytkownik wylogował się.
activity-kind-USER_CHANGED_PASSWORD = Użytkownik zmienił hasło.
activity-kind-USER_REQUESTED_PASSWORD_RESET = Użytkownik poprosił o link do resetowania hasła.
activity-kind-USER_RESET_PASSWORD = Użytkownik ustawił nowe hasło za pomocą linku do resetowania hasła.
activity-kind-USER_CHANGED_NOTIFICATIONS = Użytkownik zmienił ustawienia powiadomień.
activity-kind-ACCOUNT_SETTINGS_EDITED = Zmieniono ustawienia konta.
