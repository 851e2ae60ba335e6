## Navigation

nav-main = Main menu
nav-settings = Settings
nav-sign-in = Sign in
nav-sign-up = Sign up
nav-sign-out = Sign out

## Common actions and messages

action-save = Save
settings-title = Settings
settings-saved = Your changes have been saved.

## Form fields

field-company-name = Company name
field-name = Full name
field-email = E-mail address
field-password = Password
field-job-title = Job title
field-phone-number = Phone number
field-interface-language = Interface language
field-sms-language = SMS language
field-email-language = E-mail language
field-currency = Currency
field-timezone = Time zone
field-date-format = Date format
field-time-format = Time format
field-current-password = Current password
field-new-password = New password

password-rule = { $count ->
    [one] Use at least { $count } character. Common passwords are not accepted.
   *[other] Use at least { $count } characters. Common passwords are not accepted.
}

## Validation errors

error-email-missing = Enter your e-mail address.
error-email-invalid = Enter a valid e-mail address, such as name@example.com.
error-email-taken = This e-mail address is already used by another user.
error-name-missing = Enter your full name.
error-name-too-long = The name is too long: use at most 100 characters.
error-company-missing = Enter the company name.
error-company-too-long = The company name is too long: use at most 150 characters.
error-job-title-too-long = The job title is too long: use at most 100 characters.
error-phone-missing = Enter a phone number.
error-phone-invalid = Enter a valid phone number, with its country code (such as +48 501 234 567) unless it is a UK number.
error-password-missing = Enter your password.
error-password-too-short = The password is too short: use at least 8 characters.
error-password-too-long = The password is too long: use at most 256 characters.
error-password-common = This password is too common and easy to guess. Choose another one.
error-current-password-wrong = The current password is not correct.
error-language-unknown = Choose one of the listed languages.
error-currency-unknown = Choose one of the listed currencies.
error-timezone-unknown = Choose a time zone from the list.
error-date-format-unknown = Choose one of the listed date formats.
error-time-format-unknown = Choose one of the listed time formats.
error-date-invalid = Enter a date as YYYY-MM-DD.
error-activity-kind-unknown = Choose an action type from the list.
error-activity-source-unknown = Choose a source from the list.

## Error pages

error-not-found-title = Page not found
error-not-found-message = The page you are looking for does not exist or is not available to your account.
error-internal-title = Something went wrong
error-internal-message = We could not complete your request. Try again in a moment; if it keeps happening, contact support and quote the request ID below.
error-unavailable-title = Service temporarily unavailable
error-unavailable-message = Dialback is overloaded or its database is not responding. Try again in a moment.
error-csrf-title = The form has expired
error-csrf-message = For your security, this form can no longer be sent. Go back, reload the page and try again.
error-request-id = Request ID:
error-back-home = Go to the home page

## Sign-up

signup-title = Create your Dialback account
signup-intro = Set up your company's account. You can invite your team later.
signup-submit = Create account
signup-have-account = Already have an account?

## Sign-in

login-title = Sign in to Dialback
login-submit = Sign in
login-forgot = Forgot your password?
login-no-account = No account yet?
login-wrong-credentials = The e-mail address or password is not correct.
login-notice-reset = Your password has been changed. Sign in with the new one.
login-throttled = { $count ->
    [one] Too many failed sign-in attempts. Try again in { $count } minute.
   *[other] Too many failed sign-in attempts. Try again in { $count } minutes.
}

## Sign-out

logout-title = Sign out
logout-done = You have been signed out.

## Forgotten password

forgot-title = Reset your password
forgot-intro = Enter the e-mail address you sign in with. We will send you a link to choose a new password.
forgot-submit = Send the link
forgot-sent = If this address belongs to a Dialback account, we have sent a password reset link to it. Check your inbox.
reset-title = Choose a new password
reset-submit = Set the new password
reset-link-invalid = This link is invalid, has expired or has already been used.
reset-request-new = Request a new link
reset-mail-subject = Reset your Dialback password
reset-mail-body =
    Hello { $name },

    Someone asked to reset the password of your Dialback account. To choose a new password, open this link:

    { $link }

    { $minutes ->
        [one] The link works once and expires in { $minutes } minute.
       *[other] The link works once and expires in { $minutes } minutes.
    } If you did not ask for this, ignore this message: your password stays the same.

    The Dialback team

## Settings > Profile

profile-title = Profile
profile-phone-stored = Stored as { $phone }.

## Settings > Account settings

account-title = Account settings
account-languages = Languages
account-currency-owner-only = Only the account owner or an administrator can change the currency.
currency-PLN = Polish złoty
currency-USD = US dollar
currency-GBP = Pound sterling
currency-EUR = Euro
currency-BRL = Brazilian real

## Settings > Change password

password-title = Change password
password-intro = After the change, you stay signed in here and are signed out everywhere else.
password-submit = Change password

## Settings > Activity

activity-title = Activity
activity-filter-user = User
activity-filter-kind = Action
activity-filter-from = From
activity-filter-to = To
activity-filter-any = Any
activity-filter-apply = Filter
activity-count = { $count ->
    [0] No entries match.
    [one] { $count } entry matches.
   *[other] { $count } entries match.
}
activity-empty = No activity to show.
activity-older = Older entries
activity-user-none = System
activity-col-id = ID
activity-col-user = User
activity-col-kind = Action
activity-col-source = Source
activity-col-time = Date and time
activity-source-web = Web
activity-source-api = API
activity-source-cli = Command line
activity-source-system = System
activity-kind-USER_ADDED = A user was added to the team.
activity-kind-USER_EDITED = A user's profile was edited.
activity-kind-USER_DELETED = A user was removed from the team.
activity-kind-USER_SIGNUP = The account was created.
activity-kind-USER_LOGGED_IN = A user signed in.
activity-kind-USER_LOGGED_OUT = A user signed out.
activity-kind-USER_CHANGED_PASSWORD = A user changed their password.
activity-kind-USER_REQUESTED_PASSWORD_RESET = A user asked for a password reset link.
activity-kind-USER_RESET_PASSWORD = A user set a new password through a reset link.
activity-kind-USER_CHANGED_NOTIFICATIONS = A user changed their notification settings.
activity-kind-ACCOUNT_SETTINGS_EDITED = Account settings were changed.
