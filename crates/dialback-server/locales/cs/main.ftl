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
error-password-personal = Heslo nesmí být stejné jako vaše e-mailová adresa nebo jméno.
error-email-change-needs-password = Chcete-li změnit e-mailovou adresu, zadejte současné heslo.
error-text-hidden-characters = Odstraňte neviditelné nebo řídicí znaky, například tabulátory nebo zalomení řádků.
error-language-unknown = Vyberte jeden z uvedených jazyků.
error-currency-unknown = Vyberte jednu z uvedených měn.
error-timezone-unknown = Vyberte časové pásmo ze seznamu.
error-date-format-unknown = Vyberte jeden z uvedených formátů data.
error-time-format-unknown = Vyberte jeden z uvedených formátů času.
error-date-invalid = Zadejte datum ve formátu YYYY-MM-DD.
error-activity-user-unknown = Vyberte ze seznamu uživatele tohoto účtu.
error-date-range = Koncové datum nesmí být dřívější než počáteční.
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
error-bad-request-title = Požadavek se nepodařilo přečíst
error-bad-request-message = Formulář nebo adresa URL odeslané do Dialbacku byly chybně formátované nebo příliš velké. Vraťte se zpět, obnovte stránku a zkuste to znovu.
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
profile-password-hint = Současné heslo je potřeba zadat jen při změně e-mailové adresy.
email-changed-subject = Přihlašovací e-mail k účtu Dialback byl změněn
email-changed-body =
    Dobrý den, { $name },

    e-mailová adresa, kterou se přihlašujete do Dialbacku, byla změněna na { $email }. Od této chvíle budou zprávy od Dialbacku chodit na tuto adresu.

    Pokud jste tuto změnu neprovedli, ihned si obnovte heslo a kontaktujte vlastníka účtu.

    Tým Dialback

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
activity-kind-USER_LOGGED_IN = Proběhlo přihlášení.
activity-kind-USER_LOGGED_OUT = Proběhlo odhlášení.
activity-kind-USER_CHANGED_PASSWORD = Bylo změněno heslo.
activity-kind-USER_REQUESTED_PASSWORD_RESET = Byl vyžádán odkaz pro obnovení hesla.
activity-kind-USER_RESET_PASSWORD = Bylo nastaveno nové heslo pomocí odkazu pro obnovení.
activity-kind-USER_CHANGED_NOTIFICATIONS = Bylo změněno nastavení oznámení.
activity-kind-ACCOUNT_SETTINGS_EDITED = Bylo změněno nastavení účtu.

## Validation errors of the core

error-role-unknown = Vyberte roli: vlastník (owner), administrátor (admin) nebo manažer (manager).
error-permission-unknown = Vyberte oprávnění ze seznamu.
error-business-time-invalid = Pro každý den pracovní doby zadejte day_of_week od 0 (neděle) do 6, start_time a end_time ve formátu HH:MM (začátek před koncem) a platné časové pásmo.
error-domain-invalid = Zadejte název domény, například shop.example.com.
error-call-status-unknown = Vyberte stav hovoru ze seznamu.

## REST API messages

api-error-field = Neplatná hodnota parametru { $field }: { $reason }
api-error-field-sentence = Neplatná hodnota parametru { $field }. { $reason }
api-error-missing = Chybí parametr { $field }.
api-error-permission = Tento klíč API nemá oprávnění { $permission }.
api-error-key-missing = Pošlete klíč API v hlavičce Authorization.
api-error-key-invalid = Klíč API je neplatný.
api-error-key-revoked = Klíč API byl zneplatněn. Vytvořte si nový v části Nastavení > Klíče API.
api-error-key-expired = Platnost klíče API vypršela. Vytvořte si nový v části Nastavení > Klíče API.
api-error-rate-limited = { $count ->
    [one] S tímto klíčem API bylo odesláno příliš mnoho požadavků. Zkuste to znovu za { $count } sekundu.
    [few] S tímto klíčem API bylo odesláno příliš mnoho požadavků. Zkuste to znovu za { $count } sekundy.
    [many] S tímto klíčem API bylo odesláno příliš mnoho požadavků. Zkuste to znovu za { $count } sekundy.
   *[other] S tímto klíčem API bylo odesláno příliš mnoho požadavků. Zkuste to znovu za { $count } sekund.
}
api-error-internal = Požadavek se kvůli interní chybě nepodařilo zpracovat. Zkuste to znovu. Pokud se chyba opakuje, kontaktujte podporu a uveďte hodnotu hlavičky X-Request-Id z odpovědi.
api-error-bad-request = Požadavek se nepodařilo přečíst: zkontrolujte cestu, parametry a jejich kódování podle /api/docs.
api-error-widget-not-found = Widget nebyl nalezen nebo k němu tento klíč API nemá přístup.
api-error-user-not-found = Uživatel v tomto účtu neexistuje.
api-error-manager-not-found = Manažer nebyl nalezen nebo tento klíč API nemá přístup k jeho widgetu.
api-error-call-not-found = Hovor nebyl nalezen nebo tento klíč API nemá přístup k jeho widgetu.
api-error-widget-disabled = Widget je vypnutý, a proto nepřijímá hovory.
api-error-no-manager = Žádný manažer teď nemůže hovor přijmout. Chcete-li ho naplánovat, použijte widgets/call-or-schedule.
api-reason-not-integer = očekává se celé číslo.
api-reason-not-boolean = očekává se 1, 0, true nebo false.
api-reason-not-json = očekává se JSON.
api-reason-wrong-shape = nemá očekávanou strukturu.
api-reason-limit-range = zadejte číslo od 1 do 1000.
api-reason-offset-negative = zadejte 0 nebo větší číslo.
api-reason-url = očekává se webová adresa, například https://shop.example.com.
api-reason-too-long = text je příliš dlouhý.
api-reason-text-240 = použijte nejvýše 240 znaků.
api-reason-department-or-manager = pošlete buď department_id, nebo manager_id, ne obojí.
api-reason-not-this-widget = nepatří k tomuto widgetu.
api-reason-schedule = zadejte budoucí čas jako unixový čas v sekundách, nejvýše 30 dní dopředu.
api-reason-message-id = nejde o zprávu tohoto kanálu.
api-reason-owner-role = nový uživatel může mít roli admin nebo manager, protože vlastníka už účet má.
api-reason-last-owner = posledního vlastníka účtu nelze odebrat ani mu změnit roli.
api-reason-status = použijte stavy hovorů, například completed nebo manager-failed.
api-reason-field-name = použijte 1 až 100 znaků.

## Default SMS and voice texts of widgets

sms-visitor-call-scheduled = Zavoláme vám { $time }. Děkujeme za trpělivost.
sms-visitor-cancel-scheduled = Váš naplánovaný hovor byl zrušen.
sms-visitor-dial-completed = Děkujeme za rozhovor. Rádi vám pomůžeme i příště.
voice-client-start = Dobrý den, vydržte prosím, spojujeme vás s konzultantem.
voice-client-end-success = Děkujeme za rozhovor. Na shledanou.
voice-client-end-failed = Bohužel se nám nepodařilo spojit vás s konzultantem. Brzy vám zavoláme zpět.
voice-manager-start = Máte hovor z webu. Teď vás spojujeme s návštěvníkem.

## Activity kinds of the core

activity-kind-WIDGET_ADDED = Byl přidán widget.
activity-kind-WIDGET_EDITED = Byl upraven widget.
activity-kind-WIDGET_DELETED = Byl odstraněn widget.
activity-kind-API_KEY_CREATED = Byl vytvořen klíč API.
activity-kind-API_KEY_REVOKED = Byl zneplatněn klíč API.
activity-kind-CALL_REQUESTED = Byl vyžádán hovor.
activity-kind-CALL_FIELD_EDITED = Bylo změněno vlastní pole hovoru.
activity-kind-CALL_CANCELLED = Hovor byl zrušen.

## Settings > API keys

api-keys-title = Klíče API
api-keys-intro = Klíče umožňují vašemu vlastnímu softwaru používat REST API Dialbacku. Každý klíč může používat jen widgety a oprávnění, které mu přidělíte.
api-keys-created = Níže je váš nový klíč API. Zkopírujte si ho hned, protože se zobrazí jen jednou.
api-keys-owner-only = Klíče API může spravovat pouze vlastník účtu nebo administrátor.
api-keys-empty = Účet zatím nemá žádné klíče API.
api-keys-col-description = Popis
api-keys-col-key = Klíč
api-keys-col-access = Přístup
api-keys-col-created = Vytvořeno
api-keys-col-last-used = Poslední použití
api-keys-col-state = Stav
api-keys-col-actions = Akce
api-keys-revoke = Zneplatnit
api-keys-new = Nový klíč API
api-keys-all-widgets = Všechny widgety včetně budoucích
api-keys-create = Vytvořit klíč
api-keys-never-used = Nikdy
api-keys-last-used-from = { $time } z adresy { $ip }
api-keys-state-active = Aktivní
api-keys-state-revoked = Zneplatněný
api-keys-state-expired = Platnost vypršela
api-keys-expires-on = Platnost do { $date }
api-keys-widgets-all = Všechny widgety
api-keys-widgets-some = { $count ->
    [one] { $count } widget
    [few] { $count } widgety
    [many] { $count } widgetu
   *[other] { $count } widgetů
}
api-keys-revoked-notice = Klíč API byl zneplatněn. Integrace, které ho používají, okamžitě přestanou fungovat.
field-api-key-description = Popis (nepovinné)
field-api-key-widgets = Widgety
field-api-key-permissions = Oprávnění
field-api-key-expires = Platnost do (nepovinné)
error-api-key-widgets-missing = Vyberte všechny widgety nebo alespoň jeden.
error-api-key-permissions-missing = Vyberte alespoň jedno oprávnění.
error-api-key-expiry-past = Vyberte datum v budoucnosti, nebo nechte pole prázdné.
error-api-key-description-too-long = Popis je příliš dlouhý: použijte nejvýše 200 znaků.
permission-calls = Hovory: plný přístup
permission-calls-view = Hovory: čtení historie
permission-managers = Uživatelé a manažeři: plný přístup
permission-managers-view = Uživatelé a manažeři: čtení
permission-managers-edit = Manažeři: přiřazování a úpravy
permission-sms = Texty SMS: plný přístup
permission-sms-view = Texty SMS: čtení
permission-sms-edit = Texty SMS: úpravy
permission-voice = Hlasová hlášení: plný přístup
permission-voice-view = Hlasová hlášení: čtení
permission-voice-edit = Hlasová hlášení: úpravy
permission-widgets = Widgety: plný přístup
permission-widgets-view = Widgety: čtení
permission-widgets-edit = Widgety: vytváření, úpravy a mazání
permission-widgets-call = Widgety: vyžádání hovorů

## The public widget, shown to visitors in the widget's language

public-error-unavailable = Tento widget není dostupný.
widget-title = Chcete, abychom vám zavolali zpět?
widget-phone-label = Vaše telefonní číslo
widget-call-button = Zavolejte mi hned
widget-schedule-button = Zavolejte mi později
widget-unavailable-now = Naši konzultanti teď nejsou k dispozici. Vyberte si čas a my vám zavoláme zpět.
widget-call-coming = Děkujeme! Za chvíli vám zazvoní telefon.
widget-call-scheduled = Děkujeme! Zavoláme vám zpět ve zvolený čas.

## REST API reference page

api-docs-title = REST API Dialbacku
api-docs-intro = API je kompatibilní s externím API CallPage: používá stejné cesty, stejnou obálku odpovědí i stejnou hlavičku s klíčem. Klíč vytvořený v části Nastavení > Klíče API posílejte v hlavičce Authorization, samotný nebo ve tvaru „Bearer <klíč>“. U požadavků GET se parametry předávají v řetězci dotazu (query string), u ostatních v těle požadavku ve formátu form-urlencoded nebo JSON. Každá odpověď obsahuje pole hasError, errorCode, message, data a meta. Parametry označené * jsou povinné. Popisy endpointů jsou v angličtině.
api-docs-openapi = Dokument OpenAPI 3.1
api-docs-permission = Oprávnění:
api-docs-parameter = Parametr
api-docs-type = Typ
api-docs-description = Popis
api-docs-any-key = libovolný platný klíč

## My team

nav-team = Můj tým
team-title = Můj tým
team-col-state = Stav
team-state-enabled = Aktivní
team-state-disabled = Neaktivní
team-add = Přidat člena týmu
team-add-hint = Nový člen se přihlásí poté, co si nastaví heslo pomocí odkazu „Zapomněli jste heslo?“ na přihlašovací stránce.
team-add-submit = Přidat člena
team-owner-only = Tým může měnit pouze vlastník účtu nebo administrátor.
team-edit-title = Úprava člena týmu
team-back = Zpět na tým
team-enabled = Aktivní: může se přihlásit a přijímat hovory
team-delete = Odebrat z týmu
team-verify-number = Ověřit
team-caller-id-verified = Ověřeno
team-last-owner = Posledního vlastníka účtu nelze odebrat ani mu změnit roli.
team-self-delete = Sami sebe odebrat nemůžete. Požádejte jiného vlastníka nebo administrátora.
field-role = Role
role-owner = Vlastník
role-admin = Administrátor
role-manager = Manažer

## Widgets

nav-widgets = Widgety
nav-calls = Hovory
action-add = Přidat
action-remove = Odebrat
widgets-title = Widgety
widgets-empty = Účet zatím nemá žádné widgety. První přidáte níže.
widgets-col-state = Stav
widgets-col-managers = Manažeři
widgets-add = Přidat widget
widgets-add-submit = Přidat widget
widgets-back = Zpět na widgety
widgets-widget = Widget
widgets-state-enabled = Zapnutý: návštěvníci widget vidí a mohou si vyžádat hovor.
widgets-state-disabled = Vypnutý: návštěvníci widget nevidí.
widgets-enable = Zapnout
widgets-disable = Vypnout
widgets-duplicate = Duplikovat
widgets-delete = Smazat widget
widgets-general = Obecné
widgets-busy-mode-hint = Zapnuto: když jsou všichni manažeři obsazení, žádost návštěvníka se odmítne. Vypnuto: návštěvníci si mohou rezervovat čas hovoru.
widgets-domains = Důvěryhodné domény
widgets-domains-hint = Widget funguje jen na těchto webech. Pokud není uvedena žádná doména, funguje všude.
widgets-departments = Oddělení
widgets-managers = Manažeři
widgets-no-managers = Hovory z tohoto widgetu zatím nepřijímá žádný manažer.
widgets-add-manager = Přidat manažera
widgets-manager-enabled = přijímá hovory
widgets-manager-disabled = pozastavený
widgets-manager-pause = Pozastavit
widgets-manager-resume = Obnovit
widgets-days-off = Dny volna
widgets-embed = Adresa konfigurace widgetu
widgets-embed-hint = Skript widgetu na vašem webu načítá konfiguraci z této adresy.
widgets-preview = Náhled widgetu
widgets-preview-hint = Takto widget vidí návštěvník z vaší současné adresy. Blokovaná adresa nevidí nic.
widgets-hours-none = bez pracovní doby
widgets-no-department = Bez oddělení
widgets-no-users = Nejdřív přidejte členy týmu s telefonním číslem.
field-widget-url = Adresa webu
field-widget-description = Popis
field-widget-language = Jazyk widgetu
field-widget-timezone = Časové pásmo widgetu
field-widget-busy-mode = Režim obsazenosti
field-widget-domain = Doména
field-widget-department = Název oddělení
field-widget-user = Člen týmu
field-widget-days = Pracovní dny
field-widget-start = Začátek
field-widget-end = Konec
field-widget-days-off = Dny volna, každé datum na samostatném řádku (YYYY-MM-DD)
error-widget-url-invalid = Zadejte adresu webu, například https://shop.example.com.
error-widget-description-too-long = Popis je příliš dlouhý: použijte nejvýše 500 znaků.
error-department-name = Zadejte název oddělení: nejvýše 100 znaků.
error-manager-user = Vyberte člena týmu z tohoto účtu.
error-manager-days = Vyberte alespoň jeden pracovní den a zadejte začátek dřív než konec.
error-days-off-invalid = Zadejte každý den volna na samostatný řádek ve formátu YYYY-MM-DD.
weekday-0 = Neděle
weekday-1 = Pondělí
weekday-2 = Úterý
weekday-3 = Středa
weekday-4 = Čtvrtek
weekday-5 = Pátek
weekday-6 = Sobota

## Calls

calls-title = Hovory
calls-call = Hovor
calls-back = Zpět na hovory
calls-col-phone = Telefonní číslo
calls-col-status = Stav
calls-col-manager = Manažer
calls-col-duration = Délka hovoru
calls-widget = Widget
calls-requested = Vyžádáno
calls-scheduled-for = Naplánováno na
calls-page = Stránka
calls-fields = Údaje od návštěvníka
calls-events = Průběh hovoru
calls-filter-status = Stav
calls-filter-widget = Widget
calls-count = { $count ->
    [0] Nebyly nalezeny žádné odpovídající hovory.
    [one] Nalezen { $count } odpovídající hovor.
    [few] Nalezeny { $count } odpovídající hovory.
    [many] Nalezeno { $count } odpovídajícího hovoru.
   *[other] Nalezeno { $count } odpovídajících hovorů.
}
calls-duration = { $count ->
    [one] { $count } sekunda
    [few] { $count } sekundy
    [many] { $count } sekundy
   *[other] { $count } sekund
}
calls-nobody = —
calls-cancel = Zrušit hovor
call-status-new = Čeká na volného manažera
call-status-scheduled = Naplánovaný
call-status-ringing = Vyzvání u manažera
call-status-in-progress = Spojeno
call-status-completed = Dokončený
call-status-manager-failed = Žádný manažer hovor nepřijal
call-status-user-failed = Návštěvník hovor nepřijal
call-status-failed = Neúspěšný
call-status-cancelled = Zrušený

## Limits, IP addresses, blacklisted numbers, caller IDs and tags

list-col-created = Přidáno
limits-title = Limity
limits-intro = Z bezpečnostních důvodů má každý účet limity hovorů. Chcete-li některý z nich změnit, popište níže svou situaci. Provozovatel Dialbacku posuzuje každou žádost.
limits-col-limit = Limit
limits-col-value = Hodnota
limits-col-use = Aktuální využití
limits-col-change = Změna
limits-col-state = Stav
limit-max_calls_in_progress = Současně probíhající hovory
limit-max_conversation_duration = Maximální délka hovoru
limit-scheduled_calls_per_timestamp = Hovory naplánované na stejný čas
limits-use-calls = { $count ->
    [one] { $count } hovor právě vyzvání nebo probíhá
    [few] { $count } hovory právě vyzvánějí nebo probíhají
    [many] { $count } hovoru právě vyzvání nebo probíhá
   *[other] { $count } hovorů právě vyzvání nebo probíhá
}
limits-use-longest = { $count ->
    [one] dosud nejdelší hovor: { $count } sekunda
    [few] dosud nejdelší hovor: { $count } sekundy
    [many] dosud nejdelší hovor: { $count } sekundy
   *[other] dosud nejdelší hovor: { $count } sekund
}
limits-use-busiest = { $count ->
    [one] nejvytíženější termín: { $count } hovor
    [few] nejvytíženější termín: { $count } hovory
    [many] nejvytíženější termín: { $count } hovoru
   *[other] nejvytíženější termín: { $count } hovorů
}
limits-request = Žádost o změnu limitu
limits-request-submit = Odeslat žádost
limits-requests = Vaše žádosti
limits-state-pending = Čeká na rozhodnutí
limits-state-approved = Schválená
limits-state-rejected = Zamítnutá
field-limit = Limit
field-limit-new-value = Nová hodnota
field-limit-description = Proč změnu potřebujete?
error-limit-unknown = Vyberte jeden z uvedených limitů.
error-limit-value = Zadejte celé číslo od 1 do maximální hodnoty limitu (10 000 hovorů nebo 86 400 sekund).
error-limit-description = Popište svou situaci: 10 až 2000 znaků.
ip-title = IP adresy
ip-intro = Návštěvníci z blokované adresy nebo rozsahu nevidí vaše widgety a nemohou si vyžádat hovor. Povolené adresy nejsou nikdy omezeny, a to ani automatickým blokováním adres, ze kterých přichází mnoho žádostí o hovor, ale žádný hovor není přijat.
ip-empty = Oba seznamy jsou prázdné.
ip-add = Přidat adresu nebo rozsah
ip-col-hits = Zásahy
ip-list-whitelist = Povolené adresy
ip-list-blacklist = Blokované adresy
field-ip-address = IP adresa nebo rozsah (CIDR)
field-ip-list-type = Seznam
field-ip-note = Poznámka (nepovinné)
error-ip-missing = Zadejte IP adresu nebo rozsah, například 203.0.113.0/24.
error-ip-invalid = Zadejte platnou adresu IPv4 nebo IPv6, nebo rozsah v zápisu CIDR, například 203.0.113.0/24.
error-ip-list-type = Vyberte seznam povolených, nebo blokovaných adres.
error-ip-note = Poznámka je příliš dlouhá nebo obsahuje skryté znaky: použijte nejvýše 200 viditelných znaků.
error-ip-overlap = Zadaná adresa nebo rozsah se překrývá se záznamem { $network } v seznamu „{ $list }“. Nejdřív tento záznam odstraňte, nebo zadejte rozsah, který se s ním nepřekrývá.
numbers-title = Blokovaná čísla
numbers-intro = Na telefonní čísla z tohoto seznamu Dialback nikdy nevolá.
numbers-empty = Žádné číslo není blokované.
numbers-add = Zablokovat číslo
error-number-listed = Toto číslo už je blokované.
error-number-blacklisted = Toto telefonní číslo je v účtu blokované, a proto na něj Dialback nevolá.
public-error-call-refused = Na toto číslo vám nemůžeme zavolat. Kontaktujte nás prosím jiným způsobem.
error-slot-full = Tento čas je už plně obsazený. Vyberte jiný.
api-error-address-blocked = IP adresa návštěvníka je v účtu blokovaná.
api-error-calls-limit = Účet dosáhl limitu současně probíhajících hovorů. Zkuste to znovu, až některý hovor skončí, nebo si v části Nastavení > Limity vyžádejte vyšší limit.
api-error-tag-not-found = Štítek v tomto účtu neexistuje.
caller-ids-title = ID volajícího
caller-ids-intro = Všechna telefonní čísla, která kdy byla do účtu přidána. Návštěvníci uvidí číslo manažera jako číslo volajícího až po jeho ověření. Do té doby uvidí číslo Dialbacku.
caller-ids-empty = Do účtu zatím nebylo přidáno žádné telefonní číslo.
caller-ids-col-verified = Ověřeno
caller-ids-not-verified = Neověřeno
caller-ids-send-sms = Poslat kód v SMS
caller-ids-send-voice = Sdělit kód hlasovým hovorem
caller-ids-verify = Ověřit
caller-ids-code-message = Váš ověřovací kód pro Dialback je { $code }. Jeho platnost vyprší za 10 minut.
field-caller-id-code = Šestimístný kód
error-code-wrong = Kód není správný. Zkontrolujte ho a zkuste to znovu.
error-code-expired = Platnost kódu vypršela nebo žádný kód nebyl odeslán. Pošlete nový kód.
error-code-attempts = Příliš mnoho nesprávných kódů. Pošlete nový kód.
tags-title = Štítky
tags-intro = Štítky označují hovory podle tématu, takže je snadno najdete a vyfiltrujete.
tags-empty = Účet zatím nemá žádné štítky.
tags-add = Přidat štítek
tags-col-updated = Poslední změna
field-tag-label = Název
field-tag-color = Barva
error-tag-label = Zadejte název štítku: 1 až 50 viditelných znaků.
error-tag-color = Zadejte barvu jako # a šest šestnáctkových číslic, například #0b6bcb.
error-tag-duplicate = Jiný štítek už má tento název.
calls-tag = Štítek
calls-add-tag = Přidat štítek
activity-kind-CALL_TAGGED = K hovoru byl přidán štítek.
activity-kind-CALL_UNTAGGED = Z hovoru byl odebrán štítek.
activity-kind-LIMIT_CHANGE_REQUESTED = Byla vyžádána změna limitu.
activity-kind-LIMIT_CHANGE_APPROVED = Byla schválena změna limitu.
activity-kind-LIMIT_CHANGE_REJECTED = Byla zamítnuta změna limitu.
activity-kind-IP_ADDRESS_ADDED = Do seznamu byla přidána IP adresa.
activity-kind-IP_ADDRESS_REMOVED = Ze seznamu byla odebrána IP adresa.
activity-kind-IP_ADDRESS_BLACKLISTED_AUTOMATICALLY = IP adresa byla automaticky zablokována, protože z ní přišlo mnoho žádostí o hovor, ale žádný hovor nebyl přijat.
activity-kind-BLACKLISTED_NUMBER_ADDED = Bylo zablokováno telefonní číslo.
activity-kind-BLACKLISTED_NUMBER_REMOVED = Bylo odblokováno telefonní číslo.
activity-kind-CALLER_ID_ADDED = Bylo přidáno ID volajícího.
activity-kind-CALLER_ID_VERIFICATION_SENT = Byl odeslán ověřovací kód pro ID volajícího.
activity-kind-CALLER_ID_VERIFIED = Bylo ověřeno ID volajícího.
activity-kind-CALLER_ID_DELETED = Bylo odstraněno ID volajícího.
activity-kind-TAG_ADDED = Byl přidán štítek.
activity-kind-TAG_EDITED = Byl upraven štítek.
activity-kind-TAG_DELETED = Byl odstraněn štítek.

# Desktop notifications in the dashboard, and widget reports by e-mail.
live-region-label = Oznámení
live-dismiss = Zavřít
live-open = Otevřít
live-enable-desktop = Zobrazovat oznámení na ploše
report-daily-subject = Denní přehled za { $date }
report-weekly-subject = Týdenní přehled za { $first } – { $last }
report-daily-intro = Hovory z vašich widgetů dne { $date } (časové pásmo { $timezone }).
report-weekly-intro = Hovory z vašich widgetů od { $first } do { $last } (časové pásmo { $timezone }).
report-col-widget = Widget
report-col-requested = Vyžádané
report-col-answered = Přijaté
report-col-missed = Zmeškané
report-col-average-wait = Průměrné čekání
report-col-average-talk = Průměrná délka hovoru
report-col-day = Den
report-total = Všechny widgety
report-none = —
report-chart-title = Hovory za den
report-chart-alt = Sloupcový graf hovorů za den; stejná čísla uvádí tabulka níže.
report-legend-answered = Přijaté
report-legend-missed = Zmeškané
report-legend-other = Jiné výsledky: zrušené, neúspěšné nebo nedokončené
report-open-calls = Otevřít seznam hovorů
report-duration-seconds = { $seconds } s
report-duration-minutes = { $minutes } min { $seconds } s
nav-messages = Zprávy
messages-title = Zprávy
messages-intro = Zprávy, které návštěvníci zanechali ve vašich widgetech, od nejnovějších.
messages-count = { $count ->
    [0] Zatím žádné zprávy.
    [one] { $count } zpráva.
    [few] { $count } zprávy.
    [many] { $count } zprávy.
   *[other] { $count } zpráv.
}
messages-col-widget = Widget
messages-col-visitor = Návštěvník
messages-col-text = Zpráva
error-message-text-missing = Napište zprávu.
error-message-text-too-long = Zkraťte zprávu na nejvýše 2000 znaků.
error-message-contact-missing = Zadejte telefonní číslo nebo e-mailovou adresu, abychom mohli odpovědět.
public-error-message-refused = Tuto zprávu nemůžeme přijmout. Kontaktujte nás prosím jiným způsobem.
widget-message-received = Děkujeme! Vaši zprávu jsme obdrželi a ozveme se vám.
activity-kind-MESSAGE_RECEIVED = Návštěvník zanechal zprávu.
activity-kind-WEBHOOK_ADDED = Byl přidán webhook.
activity-kind-WEBHOOK_ENABLED = Webhook byl zapnut.
activity-kind-WEBHOOK_DISABLED = Webhook byl vypnut.
activity-kind-WEBHOOK_SECRET_ROTATED = Podpisový klíč webhooku byl vyměněn.
activity-kind-WEBHOOK_DELETED = Webhook byl smazán.
webhooks-title = Webhooky
webhooks-intro = Když nastane některá ze zvolených událostí, Dialback pošle na každou z adres níže podepsaný požadavek POST s daty JSON. Nezdařená doručení se opakují v prodlužujících se intervalech.
webhooks-owner-only = Webhooky mohou spravovat pouze vlastníci a administrátoři účtu.
webhooks-empty = Účet zatím nemá žádné webhooky.
webhooks-col-url = Adresa
webhooks-col-events = Události
webhooks-col-secret = Podpisový klíč
webhooks-col-state = Stav
webhooks-state-enabled = Zapnuto
webhooks-state-disabled = Vypnuto
webhooks-log = Záznam doručení
webhooks-enable = Zapnout
webhooks-disable = Vypnout
webhooks-rotate-secret = Vyměnit klíč
webhooks-signature-hint = Každý požadavek nese hlavičku Dialback-Signature: t=<čas Unix>,v1=<HMAC-SHA256 v šestnáctkové soustavě z času, tečky a těla, s podpisovým klíčem jako klíčem>. Než požadavku uvěříte, ověřte ji.
webhooks-add = Přidat webhook
field-webhook-url = Adresa (URL)
field-webhook-events = Odesílané události
error-webhook-url-missing = Zadejte adresu, která má události přijímat.
error-webhook-url-too-long = Zkraťte adresu na nejvýše 2000 znaků.
error-webhook-url-invalid = Zadejte úplnou adresu začínající https:// nebo http://, například https://example.com/dialback.
error-webhook-url-credentials = Zadejte adresu bez uživatelského jména a hesla.
error-webhook-url-forbidden = Tato adresa vede na { $address }, která není ve veřejném internetu. Webhooky smějí volat jen veřejné adresy.
error-webhook-url-unresolved = Název hostitele v této adrese se nepodařilo najít. Zkontrolujte, zda je správně napsaný.
error-webhook-events-missing = Vyberte ze seznamu alespoň jednu událost.
error-webhook-too-many = { $count ->
    [one] Účet může mít nejvýše { $count } webhook. Nejprve jeden smažte.
    [few] Účet může mít nejvýše { $count } webhooky. Nejprve jeden smažte.
    [many] Účet může mít nejvýše { $count } webhooku. Nejprve jeden smažte.
   *[other] Účet může mít nejvýše { $count } webhooků. Nejprve jeden smažte.
}
webhooks-event-call-new = Nový hovor
webhooks-event-call-scheduled = Naplánovaný hovor
webhooks-event-call-ringing = Hovor vyzvání
webhooks-event-call-completed = Hovor dokončen
webhooks-event-call-missed = Zmeškaný hovor
webhooks-event-call-scheduled-failed = Naplánovaný hovor se nezdařil
webhooks-event-call-custom-fields = Návštěvník vyplnil vlastní pole
webhooks-event-call-additional-data = Návštěvník zanechal další údaje
webhooks-event-message-new = Nová zpráva
webhooks-log-title = Záznam doručení webhooku
webhooks-back = Zpět na webhooky
webhooks-col-event = Událost
webhooks-col-attempts = Pokusy
webhooks-no-attempts = Zatím neodesláno.
webhooks-deliveries-count = { $count ->
    [0] Na tento webhook zatím nebylo nic odesláno.
    [one] { $count } doručení.
    [few] { $count } doručení.
    [many] { $count } doručení.
   *[other] { $count } doručení.
}
webhooks-status-delivered = Doručeno
webhooks-status-failed = Nezdařilo se; žádné další pokusy
webhooks-status-pending = Čeká na odeslání
webhooks-status-retrying = Nezdařilo se; další pokus { $time }
webhooks-http-status = HTTP { $status }
webhooks-duration-ms = { $count } ms
webhooks-error-forbidden-address = Odmítnuto: adresa není ve veřejném internetu
webhooks-error-unresolved = Název hostitele se nepodařilo najít
webhooks-error-timeout = Odpověď nepřišla včas
webhooks-error-connect = Spojení se nezdařilo
webhooks-error-too-many-redirects = Příliš mnoho přesměrování
webhooks-error-invalid-redirect = Přesměrování bez platné cílové adresy
webhooks-error-request = Požadavek se nezdařil
# Notifications (branch notify)
notifications-title = Oznámení
notifications-intro = Vyberte, které události se k vám mají dostat jednotlivými kanály. Změny platí až po kliknutí na Uložit.
notifications-col-event = Událost
notifications-not-offered = V tomto kanálu není k dispozici
notifications-error-unknown = Formulář obsahoval volbu, která neexistuje, takže se nic neuložilo. Načtěte stránku znovu a zkuste to ještě jednou.
notifications-sms-to = SMS chodí na číslo { $phone } uvedené ve vašem profilu.
notifications-sms-no-phone = Chcete-li dostávat SMS, doplňte do profilu telefonní číslo.
notifications-mobile-devices = Mobilní zařízení registrovaná pro push oznámení: { $count }. Aplikace je registrují přes REST API.
notifications-test-title = Odeslat test
notifications-test-hint = Test prochází stejnou frontou jako skutečná oznámení, proto se objeví i v historii doručení.
notifications-test-sms = Odeslat testovací SMS
notifications-test-email = Odeslat testovací e-mail
notifications-test-desktop = Odeslat testovací oznámení na plochu
notifications-test-mobile = Odeslat testovací push oznámení
notifications-test-queued = Testovací oznámení je na cestě.
notifications-log-title = Historie doručení
notifications-log-empty = Zatím vám nebylo nic odesláno.
notifications-log-col-what = Oznámení
notifications-log-col-when = Vytvořeno
notifications-log-col-channel = Kanál
notifications-log-col-status = Stav
notifications-log-col-attempts = Pokusy
notifications-log-col-error = Poslední chyba
notifications-log-sent-at = odesláno { $time }
notifications-log-older = Starší doručení
notifications-status-pending = Čeká
notifications-status-sent = Odesláno
notifications-status-failed = Nezdařilo se
notifications-error-no-phone = Ve vašem profilu chybí telefonní číslo.
notifications-error-no-device = Nemáte registrované žádné mobilní zařízení.
notifications-error-user-gone = Příjemce už neexistuje.
notifications-error-user-disabled = Uživatel příjemce je deaktivován.
notifications-error-unknown-kind = Tato verze Dialbacku toto oznámení nezná.
profile-notifications-link = Vyberte, jaká oznámení dostáváte
notify-channel-sms = SMS
notify-channel-email = E-mail
notify-channel-desktop = Plocha
notify-channel-mobile = Mobil
notify-event-call-new = Nový hovor
notify-event-call-scheduled = Nový naplánovaný hovor
notify-event-call-ringing = Telefon vyzvání
notify-event-call-completed = Dokončený hovor s podrobnostmi
notify-event-call-missed = Zmeškaný hovor
notify-event-call-scheduled-failed = Neuskutečněný naplánovaný hovor
notify-event-call-custom-fields = Vlastní pole vyplněná návštěvníkem
notify-event-call-additional-data = Návštěvník zanechal další údaje
notify-event-message-new = Nová zpráva
notify-event-widget-installed = Nainstalován nový widget
notify-event-product-update = Novinky v produktu
notify-event-report-daily = Denní přehled widgetu
notify-event-report-weekly = Týdenní přehled widgetu
notify-event-notification-test = Testovací oznámení
notify-event-subscription-expired = Předplatné vypršelo
notify-label-phone = Číslo návštěvníka
notify-label-time = Čas
notify-label-scheduled = Naplánováno na
notify-label-widget = Widget
notify-label-manager = Manažer
notify-label-duration = Hovor
notify-label-email = E-mail
notify-open-link = Otevřít v Dialbacku
notify-email-footer = Tuto zprávu dostáváte podle svého nastavení oznámení v Dialbacku. Změnit ho můžete v Nastavení > Oznámení.
notify-call-new-subject = Nová žádost o hovor od { $phone }
notify-call-new-body = { $phone } požádal přes { $widget } v { $time } o zpětné zavolání.
notify-call-new-sms = Nová žádost o hovor od { $phone } v { $time }.
notify-call-scheduled-subject = { $phone } si rezervoval hovor na { $scheduled }
notify-call-scheduled-body = { $phone } si přes { $widget } rezervoval hovor na { $scheduled }.
notify-call-scheduled-sms = Rezervace hovoru: { $phone } na { $scheduled }.
notify-call-ringing-subject = Vyzvání: hovor pro { $phone }
notify-call-ringing-body = Manažerovi vyzvání telefon kvůli hovoru s číslem { $phone }, objednanému přes { $widget }.
notify-call-ringing-sms = Právě vyzvání: hovor pro { $phone }.
notify-call-completed-subject = Hovor s { $phone } skončil ({ $duration })
notify-call-completed-body = { $manager } mluvil s { $phone } { $duration }. Hovor skončil v { $time }.
notify-call-completed-sms = Hovor skončil: { $phone }, { $duration }, manažer { $manager }, konec { $time }.
notify-call-missed-subject = Zmeškaný hovor od { $phone }
notify-call-missed-manager-body = Žádný manažer nepřijal hovor s číslem { $phone }, objednaný přes { $widget }. Skončil v { $time }; zavolejte návštěvníkovi co nejdříve zpět.
notify-call-missed-manager-sms = Zmeškaný hovor od { $phone } v { $time }: žádný manažer ho nepřijal.
notify-call-missed-visitor-body = Návštěvník { $phone } nepřijal zpětné volání objednané přes { $widget }. Skončilo v { $time }.
notify-call-missed-visitor-sms = Zmeškaný hovor s { $phone } v { $time }: návštěvník ho nepřijal.
notify-call-scheduled-failed-subject = Naplánovaný hovor s { $phone } se neuskutečnil
notify-call-scheduled-failed-body = Hovor, který si { $phone } rezervoval na { $scheduled }, se nepodařilo uskutečnit. Skončil v { $time }.
notify-call-scheduled-failed-sms = Naplánovaný hovor s { $phone } se v { $time } nezdařil.
notify-call-custom-fields-subject = { $phone } vyplnil vlastní pole
notify-call-custom-fields-body = Návštěvník { $phone } vyplnil vlastní pole svého hovoru přes { $widget }. Níže jsou všechna dosud vyplněná pole.
notify-call-custom-fields-sms = { $phone } vyplnil vlastní pole svého hovoru.
notify-call-additional-data-subject = { $phone } zanechal další údaje
notify-call-additional-data-body = Návštěvník { $phone } zanechal ke svému hovoru přes { $widget } další údaje.
notify-call-additional-data-sms = { $phone } zanechal ke svému hovoru další údaje.
notify-message-new-subject = Nová zpráva od návštěvníka na { $widget }
notify-message-new-body = Návštěvník zanechal na { $widget } v { $time } zprávu:
notify-message-new-sms = Nová zpráva na { $widget }:
notify-widget-installed-subject = Váš widget běží na { $domain }
notify-widget-installed-body = Widget pro { $widget } se v { $time } poprvé načetl na { $domain }. Návštěvníci tam teď mohou žádat o zpětné zavolání.
notify-widget-installed-sms = Návštěvníci { $domain } teď mohou požádat o zpětné zavolání.
notify-product-update-subject = Dialback: { $title }
notify-product-update-body = { $title }
notify-product-update-sms = { $title }
notify-report-daily-subject = Denní přehled vašich widgetů
notify-report-weekly-subject = Týdenní přehled vašich widgetů
notify-notification-test-subject = Testovací oznámení Dialbacku
notify-notification-test-body = Toto je testovací oznámení v kanálu { $channel }. Pokud k vám dorazilo, dorazí k vám tam i oznámení Dialbacku.
notify-notification-test-sms = Testovací oznámení Dialbacku v kanálu { $channel } dorazilo.
activity-kind-PUSH_DEVICE_REGISTERED = Mobilní zařízení bylo registrováno pro push oznámení.
activity-kind-PUSH_DEVICE_UNREGISTERED = Mobilní zařízení bylo odebráno z push oznámení.
api-reason-device-token = použijte token, který vydala platforma zařízení: nejvýše 4096 znaků, bez mezer.
api-reason-device-platform = použijte android nebo ios.
api-error-device-not-found = Takový token zařízení v tomto účtu neexistuje.
## Plans, subscription, checkout, payments and invoices (issue 6, branch payments)

billing-period-monthly = Měsíčně
billing-period-annual = Ročně
payment-system-paypal = PayPal
payment-system-dotpay = DotPay
payment-system-bank_transfer = Bankovní převod
subscription-title = Předplatné
subscription-paid = Děkujeme. Platba je potvrzená a váš tarif se změnil.
subscription-current-plan = Současný tarif
subscription-expires-on = Platí do
subscription-expired-on = Vypršel dne
subscription-plans = Tarify
subscription-no-plans = Zatím nejsou v nabídce žádné tarify.
subscription-prices-net = Ceny jsou bez DPH, v měně vašeho účtu. DPH se připočte při objednávce.
subscription-change = Změnit tarif
subscription-see-price = Zobrazit cenu
subscription-pending = Platby čekající na potvrzení
subscription-pay-now = Zaplatit
payment-reference = Variabilní symbol platby
checkout-field-plan = Tarif
checkout-field-billing-period = Zúčtovací období
checkout-field-payment-system = Platební systém
checkout-field-full-name = Jméno a příjmení
checkout-field-company = Název firmy (při nákupu na firmu)
checkout-field-tax-id = DIČ nebo IČ
checkout-field-country = Země (dvoupísmenný kód, např. CZ)
checkout-field-city = Obec
checkout-field-address = Adresa
checkout-field-zip-code = PSČ
checkout-title = Objednávka
checkout-price = Cena tarifu
checkout-credit = Odpočet za nevyužitou část současného tarifu
checkout-credit-rule = Odpočet je částka zaplacená za současné období vynásobená zbývající částí tohoto období, zaokrouhlená na nejmenší jednotku měny.
checkout-net = Bez DPH
checkout-vat = DPH { $rate } %
checkout-vat-amount = DPH
checkout-gross = Celkem k úhradě
checkout-downgrade = Co s tímto tarifem ztratíte
checkout-downgrade-intro = Nový tarif nastaví tyto limity pod jejich současné hodnoty. Změní se hned po potvrzení platby.
checkout-downgrade-now = Nyní
checkout-downgrade-after = S novým tarifem
checkout-downgrade-confirm = Beru na vědomí, že se tyto limity sníží.
checkout-details = Fakturační údaje
checkout-submit = Přejít k platbě
proforma-title = Zálohová faktura
proforma-intro = Převeďte níže uvedenou částku na tento účet a uveďte variabilní symbol. Tarif se změní, jakmile provozovatel platbu zaeviduje.
proforma-paid = Tato platba je potvrzená.
proforma-recipient = Příjemce
proforma-bank = Banka
proforma-account = Číslo účtu
proforma-amount = Částka k úhradě
proforma-issued = Vystaveno dne
proforma-back = Zpět na předplatné
sandbox-title = Testovací platební brána
sandbox-intro = Tato testovací stránka zastupuje poskytovatele plateb. Žádné peníze se nestrhnou.
sandbox-pay = Potvrdit platbu
sandbox-cancel = Zrušit a vrátit se do Dialbacku
invoices-title = Faktury
invoices-empty = Zatím žádné faktury. Za každou potvrzenou platbu se vystaví faktura.
invoices-col-number = Číslo
invoices-col-transaction = ID transakce
invoices-col-price = Cena
invoices-col-paid = Datum platby
invoices-col-kind = Druh
invoices-download = Stáhnout PDF
invoice-kind-subscription = Předplatné
invoice-kind-one_time = Jednorázová
invoice-line-subscription = Tarif { $plan }, { $period }
invoice-line-subscription-credit = Tarif { $plan }, { $period }, snížený o { $credit } za nevyužitou část předchozího tarifu
error-money-invalid = Zadejte částku, např. 49.99, s tečkou před haléři či centy.
error-money-precision = Zadejte nejvýše dvě číslice za tečkou.
error-billing-period-unknown = Vyberte měsíční nebo roční zúčtování.
error-payment-system-unknown = Vyberte platební systém ze seznamu.
error-invoice-kind-unknown = Vyberte předplatné nebo jednorázovou platbu.
error-plan-unknown = Vyberte tarif ze seznamu.
error-plan-no-price = Tento tarif nemá pro toto období cenu v měně vašeho účtu. Vyberte jiný tarif nebo období.
error-checkout-required = Vyplňte toto pole (nejvýše 200 znaků).
error-checkout-country = Zadejte dvoupísmenný kód země, např. CZ nebo SK.
error-checkout-tax-id-required = Firma musí uvést své daňové číslo.
error-checkout-confirm-downgrade = Potvrďte, že přijímáte nižší limity.
activity-kind-PAYMENT_STARTED = Byla zahájena platba.
activity-kind-PAYMENT_CONFIRMED = Byla potvrzena platba.
activity-kind-PAYMENT_CALLBACK_REJECTED = Bylo odmítnuto oznámení o platbě.
activity-kind-SUBSCRIPTION_CHANGED = Změnil se tarif předplatného.
activity-kind-INVOICE_ISSUED = Byla vystavena faktura.
## Billing information, coupons and invoice PDFs (issue 6, branch billing)

error-tax-id-missing = Zadejte daňové číslo.
error-tax-id-characters = Toto daňové číslo obsahuje znaky, které čísla zvolené země nepoužívají.
error-tax-id-length = Toto daňové číslo má pro zvolenou zemi nesprávný počet znaků.
error-tax-id-checksum = Kontrolní číslice tohoto daňového čísla nesouhlasí. Zkontrolujte, zda v něm není překlep.
error-tax-id-prefix = Toto číslo začíná předponou jiné země. Zvolte tuto zemi, nebo předponu odstraňte.
error-tax-id-country = Daňová čísla této země neumíme ověřit. Zvolte zemi, která číslo vydala.
settings-nav-subscription = Předplatné
settings-nav-invoices = Faktury
billing-title = Fakturační údaje
billing-intro = Nové faktury vystavujeme na tyto údaje. Již vystavené faktury si ponechají údaje, se kterými byly vystaveny.
billing-country-choose = Zvolte zemi
billing-zip-hint = Formát PSČ ve zvolené zemi: { $example }
billing-tax-id-hint = Nepovinné. Zadejte DIČ nebo daňové číslo zvolené země, s předponou země nebo bez ní.
field-country = Země
field-address = Adresa
field-zip-code = PSČ
field-city = Město
field-tax-id = DIČ nebo daňové číslo
error-country-missing = Zvolte zemi.
error-country-unknown = Zvolte zemi ze seznamu.
error-address-missing = Zadejte ulici a číslo domu.
error-address-too-long = Adresa je příliš dlouhá: použijte nejvýše 200 znaků.
error-city-missing = Zadejte město.
error-city-too-long = Název města je příliš dlouhý: použijte nejvýše 100 znaků.
error-zip-missing = Zadejte PSČ.
error-zip-format = Zadejte PSČ ve formátu zvolené země, například { $example }.
coupons-title = Kupóny
coupons-intro = Kód kupónu zvýší jeden z limitů účtu. Každý kód lze na účtu uplatnit jen jednou.
field-coupon-code = Kód kupónu
coupons-apply = Uplatnit
coupons-used = Uplatněné kupóny
coupons-empty = Zatím nebyl uplatněn žádný kupón.
coupons-col-code = Kód
coupons-col-increase = Zvýšení limitu
coupons-col-applied = Datum uplatnění
coupons-increase = { $limit }: +{ $amount }
error-coupon-missing = Zadejte kód kupónu.
error-coupon-code-format = Kód kupónu má 3 až 40 písmen, číslic, spojovníků nebo podtržítek.
error-coupon-unknown = Tento kód kupónu neexistuje. Zkontrolujte, zda je správně zadaný.
error-coupon-expired = Platnost tohoto kódu kupónu vypršela.
error-coupon-exhausted = Tento kód kupónu je už vyčerpaný.
error-coupon-already-used = Tento účet už tento kód kupónu uplatnil.
error-coupon-throttled = { $count ->
    [one] Příliš mnoho chybných kódů kupónů. Zkuste to znovu za { $count } minutu.
    [few] Příliš mnoho chybných kódů kupónů. Zkuste to znovu za { $count } minuty.
    [many] Příliš mnoho chybných kódů kupónů. Zkuste to znovu za { $count } minuty.
   *[other] Příliš mnoho chybných kódů kupónů. Zkuste to znovu za { $count } minut.
}
activity-kind-BILLING_INFO_CHANGED = Fakturační údaje byly změněny.
activity-kind-COUPON_APPLIED = Byl uplatněn kupón.
invoice-pdf-title = Faktura
invoice-pdf-number = Číslo faktury
invoice-pdf-issued-on = Datum vystavení
invoice-pdf-paid-on = Datum úhrady
invoice-pdf-transaction = ID transakce
invoice-pdf-seller = Dodavatel
invoice-pdf-buyer = Odběratel
invoice-pdf-tax-id = DIČ: { $id }
invoice-pdf-col-number = Č.
invoice-pdf-col-description = Popis
invoice-pdf-col-quantity = Množství
invoice-pdf-col-unit-net = Cena za jednotku bez DPH
invoice-pdf-col-net = Základ
invoice-pdf-col-vat-rate = Sazba DPH
invoice-pdf-col-vat = DPH
invoice-pdf-col-gross = Celkem s DPH
invoice-pdf-vat-rate-value = { $rate } %
invoice-pdf-total = Celkem
invoice-pdf-currency = Měna: { $code }
country-AT = Rakousko
country-BE = Belgie
country-BG = Bulharsko
country-BR = Brazílie
country-CY = Kypr
country-CZ = Česko
country-DE = Německo
country-DK = Dánsko
country-EE = Estonsko
country-ES = Španělsko
country-FI = Finsko
country-FR = Francie
country-GB = Spojené království
country-GR = Řecko
country-HR = Chorvatsko
country-HU = Maďarsko
country-IE = Irsko
country-IT = Itálie
country-LT = Litva
country-LU = Lucembursko
country-LV = Lotyšsko
country-MT = Malta
country-NL = Nizozemsko
country-PL = Polsko
country-PT = Portugalsko
country-RO = Rumunsko
country-SE = Švédsko
country-SI = Slovinsko
country-SK = Slovensko
country-US = Spojené státy
widget-message-title = Nebo nám zanechte zprávu
widget-name-label = Vaše jméno (nepovinné)
widget-email-label = Vaše e-mailová adresa
widget-message-label = Zpráva
widget-send-message = Odeslat zprávu
subscription-trial-plan = Zkušební období
invoice-period-monthly = měsíční zúčtování
invoice-period-annual = roční zúčtování
activity-kind-SUBSCRIPTION_EXPIRED = Předplatné vypršelo a skončila ochranná lhůta, takže widgety odmítají nové žádosti o hovor.
api-error-subscription-expired = Předplatné účtu vypršelo, a jeho widgety proto nepřijímají nové žádosti o hovor. Vlastník účtu ho může obnovit v Nastavení > Předplatné.
public-error-subscription-expired = Žádosti o zpětné zavolání teď na tomto webu nejsou k dispozici. Kontaktujte prosím firmu jinak.
subscription-banner-expiring = Vaše předplatné vyprší { $date }.
subscription-banner-grace = Vaše předplatné vypršelo { $date }. Pokud ho neobnovíte, widgety budou od { $refused } odmítat nové žádosti o hovor.
subscription-banner-expired = Vaše předplatné vypršelo { $date }. Dokud ho neobnovíte, widgety odmítají nové žádosti o hovor; dříve přijaté hovory se stále uskuteční.
subscription-banner-renew = Obnovte ho v Nastavení > Předplatné.
subscription-banner-ask-owner = Požádejte vlastníka účtu, aby ho obnovil.
notify-subscription-expired-subject = Vaše předplatné Dialback vypršelo
notify-subscription-expired-body = Vaše předplatné vypršelo { $time } a ochranná lhůta skončila, takže widgety už nepřijímají žádosti o hovor. Dříve přijaté hovory se stále uskuteční. Obnovte ho v Nastavení > Předplatné a hovory se budou znovu přijímat.
notify-subscription-expired-sms = Vaše předplatné Dialback vypršelo; widgety už nepřijímají žádosti o hovor.

## Billing fixes (issue 6, branch billfix)
error-coupon-disabled = Tento kód kupónu už není aktivní.
error-forbidden-title = Tuto stránku nemůžete otevřít
error-forbidden-message = Vaše role v tomto účtu to nedovoluje. Pokud přístup potřebujete, požádejte o něj vlastníka účtu.
error-tax-id-repeated = Číslo složené z jediné opakované číslice se nikdy nepřiděluje. Zadejte skutečné daňové číslo.

## Payment fixes: one pending payment, credit at confirmation, rejected callbacks
checkout-new-expiry = Zaplaceno do
checkout-credit-surplus = Nevyužitá hodnota současného tarifu převyšuje tuto cenu o { $amount }. Nepropadá: prodlouží nový tarif, jak ukazuje datum výše.
payment-cancel = Zrušit
payment-cancelled-notice = Tato platba byla zrušena a už ji nelze zaplatit. Chcete-li změnit tarif, začněte novou objednávku.
payment-cancelled-done = Čekající platba byla zrušena.
payment-rejected-title = Platba nebyla potvrzena
payment-rejected-back = Zpět na předplatné
payment-rejected-bad-signature = Potvrzení platebního systému se nepodařilo ověřit. Tarif se nezměnil. Začněte platbu znovu na stránce Předplatné.
payment-rejected-unknown-payment = Žádná platba nemá tento identifikátor. Tarif se nezměnil.
payment-rejected-wrong-system = Tato platba se neplatí tímto platebním systémem. Tarif se nezměnil.
payment-rejected-wrong-amount = Potvrzená částka nebo měna neodpovídá této platbě. Tarif se nezměnil.
payment-rejected-replayed = Toto potvrzení už bylo použito a nic nezměnilo. Pokud platba proběhla, výsledek uvidíte na stránce Předplatné.
payment-rejected-expired = Potvrzení přišlo pozdě: platební stránka platí 15 minut. Tarif se nezměnil. Otevřete platbu znovu na stránce Předplatné.
payment-rejected-cancelled = Tato platba byla zrušena, například novější objednávkou, a nelze ji potvrdit. Tarif se nezměnil.
error-currency-paid-period = Měnu nelze změnit, dokud běží zaplacené období (do { $date }): nevyužitá část období se odečítá jen v měně, ve které byla zaplacena.
activity-kind-PAYMENT_CANCELLED = Čekající platba byla zrušena.

## Notification fixes: device tokens, test throttle, webhook and message errors
api-error-device-token-taken = Tento token zařízení je registrován k jinému účtu.
notifications-test-throttled = Test tímto kanálem odešel před méně než minutou. Další můžete poslat až za minutu.
error-webhook-url-metadata = Tato adresa vede na { $address }, službu metadat cloudu, která může vydat přihlašovací údaje serveru. Webhooky na ni nesmějí nikdy volat, ať server povoluje cokoli.
error-webhook-url-port = Zadejte port od 1 do 65535, nebo port vynechte.
error-message-text-control = Odstraňte ze zprávy řídicí znaky, například vložené z jiného programu. Konce řádků a tabulátory mohou zůstat.
error-message-name-control = Odstraňte ze jména neviditelné a řídicí znaky, například tabulátory nebo konce řádků.
notify-label-name = Jméno návštěvníka
notifications-error-mail-unreachable = Nepodařilo se spojit s poštovním serverem.
notifications-error-mail-refused = Poštovní server zprávu odmítl.
notifications-error-other = Odeslání se nezdařilo.
