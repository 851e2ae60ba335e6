## Navigation

nav-main = Hlavní nabídka
nav-settings = Nastavení
nav-sign-in = Přihlásit se
nav-sign-up = Zaregistrovat se
nav-sign-out = Odhlásit se

## Common actions and messages

action-save = Uložit
settings-title = Nastavení
settings-saved = Změny byly uloženy.

## Form fields

field-company-name = Název firmy
field-name = Jméno a příjmení
field-email = E-mailová adresa
field-password = Heslo
field-job-title = Pracovní pozice
field-phone-number = Telefonní číslo
field-interface-language = Jazyk rozhraní
field-sms-language = Jazyk SMS
field-email-language = Jazyk e-mailů
field-currency = Měna
field-timezone = Časové pásmo
field-date-format = Formát data
field-time-format = Formát času
field-current-password = Současné heslo
field-new-password = Nové heslo

password-rule = { $count ->
    [one] Heslo musí mít alespoň { $count } znak. Běžně používaná hesla nejsou povolena.
    [few] Heslo musí mít alespoň { $count } znaky. Běžně používaná hesla nejsou povolena.
    [many] Heslo musí mít alespoň { $count } znaku. Běžně používaná hesla nejsou povolena.
   *[other] Heslo musí mít alespoň { $count } znaků. Běžně používaná hesla nejsou povolena.
}

## Validation errors

error-email-missing = Zadejte e-mailovou adresu.
error-email-invalid = Zadejte platnou e-mailovou adresu, například name@example.com.
error-email-taken = Tuto e-mailovou adresu už používá jiný uživatel.
error-name-missing = Zadejte jméno a příjmení.
error-name-too-long = Jméno je příliš dlouhé: použijte nejvýše 100 znaků.
error-company-missing = Zadejte název firmy.
error-company-too-long = Název firmy je příliš dlouhý: použijte nejvýše 150 znaků.
error-job-title-too-long = Název pozice je příliš dlouhý: použijte nejvýše 100 znaků.
error-phone-missing = Zadejte telefonní číslo.
error-phone-invalid = Zadejte platné telefonní číslo, například +420 601 123 456. U zahraničního čísla uveďte i předvolbu země.
error-password-missing = Zadejte heslo.
error-password-too-short = Heslo je příliš krátké: použijte alespoň 8 znaků.
error-password-too-long = Heslo je příliš dlouhé: použijte nejvýše 256 znaků.
error-password-common = Toto heslo je příliš běžné a snadno uhodnutelné. Zvolte jiné.
error-current-password-wrong = Současné heslo není správné.
error-language-unknown = Vyberte jeden z uvedených jazyků.
error-currency-unknown = Vyberte jednu z uvedených měn.
error-timezone-unknown = Vyberte časové pásmo ze seznamu.
error-date-format-unknown = Vyberte jeden z uvedených formátů data.
error-time-format-unknown = Vyberte jeden z uvedených formátů času.
error-date-invalid = Zadejte datum ve formátu YYYY-MM-DD.
error-activity-kind-unknown = Vyberte typ akce ze seznamu.
error-activity-source-unknown = Vyberte zdroj ze seznamu.

## Error pages

error-not-found-title = Stránka nenalezena
error-not-found-message = Hledaná stránka neexistuje nebo není pro váš účet dostupná.
error-internal-title = Něco se pokazilo
error-internal-message = Váš požadavek se nepodařilo zpracovat. Zkuste to za chvíli znovu. Pokud se problém opakuje, kontaktujte podporu a sdělte jí ID požadavku uvedené níže.
error-unavailable-title = Služba je dočasně nedostupná
error-unavailable-message = Dialback je přetížený nebo jeho databáze neodpovídá. Zkuste to za chvíli znovu.
error-csrf-title = Platnost formuláře vypršela
error-csrf-message = Z bezpečnostních důvodů už tento formulář nelze odeslat. Vraťte se zpět, obnovte stránku a zkuste to znovu.
error-request-id = ID požadavku:
error-back-home = Přejít na úvodní stránku

## Sign-up

signup-title = Vytvořte si účet Dialback
signup-intro = Založte účet své firmy. Tým můžete pozvat později.
signup-submit = Vytvořit účet
signup-have-account = Už máte účet?

## Sign-in

login-title = Přihlášení do Dialbacku
login-submit = Přihlásit se
login-forgot = Zapomněli jste heslo?
login-no-account = Ještě nemáte účet?
login-wrong-credentials = Nesprávná e-mailová adresa nebo heslo.
login-notice-reset = Heslo bylo změněno. Přihlaste se novým heslem.
login-throttled = { $count ->
    [one] Příliš mnoho neúspěšných pokusů o přihlášení. Zkuste to znovu za { $count } minutu.
    [few] Příliš mnoho neúspěšných pokusů o přihlášení. Zkuste to znovu za { $count } minuty.
    [many] Příliš mnoho neúspěšných pokusů o přihlášení. Zkuste to znovu za { $count } minuty.
   *[other] Příliš mnoho neúspěšných pokusů o přihlášení. Zkuste to znovu za { $count } minut.
}

## Sign-out

logout-title = Odhlášení
logout-done = Byli jste odhlášeni.

## Forgotten password

forgot-title = Obnovení hesla
forgot-intro = Zadejte e-mailovou adresu, kterou používáte k přihlášení. Pošleme vám na ni odkaz pro nastavení nového hesla.
forgot-submit = Odeslat odkaz
forgot-sent = Pokud tato adresa patří k účtu Dialback, poslali jsme na ni odkaz pro obnovení hesla. Zkontrolujte svou doručenou poštu.
reset-title = Nastavte si nové heslo
reset-submit = Uložit nové heslo
reset-link-invalid = Tento odkaz je neplatný, vypršela jeho platnost nebo už byl použit.
reset-request-new = Vyžádat nový odkaz
reset-mail-subject = Obnovení hesla k účtu Dialback
reset-mail-body =
    Dobrý den, { $name },

    někdo požádal o obnovení hesla k vašemu účtu Dialback. Nové heslo si nastavíte po otevření tohoto odkazu:

    { $link }

    { $minutes ->
        [one] Odkaz lze použít jen jednou a jeho platnost vyprší za { $minutes } minutu.
        [few] Odkaz lze použít jen jednou a jeho platnost vyprší za { $minutes } minuty.
        [many] Odkaz lze použít jen jednou a jeho platnost vyprší za { $minutes } minuty.
       *[other] Odkaz lze použít jen jednou a jeho platnost vyprší za { $minutes } minut.
    } Pokud jste o obnovení hesla nežádali, tuto zprávu ignorujte – vaše heslo zůstane beze změny.

    Tým Dialback

## Settings > Profile

profile-title = Profil
profile-phone-stored = Uloženo jako { $phone }.

## Settings > Account settings

account-title = Nastavení účtu
account-languages = Jazyky
account-currency-owner-only = Měnu může změnit pouze vlastník účtu nebo administrátor.
currency-PLN = Polský zlotý
currency-USD = Americký dolar
currency-GBP = Britská libra
currency-EUR = Euro
currency-BRL = Brazilský real

## Settings > Change password

password-title = Změna hesla
password-intro = Po změně hesla zůstanete přihlášeni zde, všude jinde budete odhlášeni.
password-submit = Změnit heslo

## Settings > Activity

activity-title = Aktivita
activity-filter-user = Uživatel
activity-filter-kind = Akce
activity-filter-from = Od
activity-filter-to = Do
activity-filter-any = Vše
activity-filter-apply = Filtrovat
activity-count = { $count ->
    [0] Nebyly nalezeny žádné odpovídající záznamy.
    [one] Nalezen { $count } odpovídající záznam.
    [few] Nalezeny { $count } odpovídající záznamy.
    [many] Nalezeno { $count } odpovídajícího záznamu.
   *[other] Nalezeno { $count } odpovídajících záznamů.
}
activity-empty = Žádná aktivita k zobrazení.
activity-older = Starší záznamy
activity-user-none = Systém
activity-col-id = ID
activity-col-user = Uživatel
activity-col-kind = Akce
activity-col-source = Zdroj
activity-col-time = Čas
activity-source-web = Webové rozhraní
activity-source-api = API
activity-source-cli = Příkazový řádek
activity-source-system = Systém
activity-kind-USER_ADDED = Do týmu byl přidán uživatel.
activity-kind-USER_EDITED = Byl upraven profil uživatele.
activity-kind-USER_DELETED = Z týmu byl odebrán uživatel.
activity-kind-USER_SIGNUP = Byl vytvořen účet.
activity-kind-USER_LOGGED_IN = Uživatel se přihlásil.
activity-kind-USER_LOGGED_OUT = Uživatel se odhlásil.
activity-kind-USER_CHANGED_PASSWORD = Uživatel si změnil heslo.
activity-kind-USER_REQUESTED_PASSWORD_RESET = Uživatel si vyžádal odkaz pro obnovení hesla.
activity-kind-USER_RESET_PASSWORD = Uživatel si nastavil nové heslo pomocí odkazu pro obnovení hesla.
activity-kind-USER_CHANGED_NOTIFICATIONS = Uživatel změnil nastavení oznámení.
activity-kind-ACCOUNT_SETTINGS_EDITED = Bylo změněno nastavení účtu.
