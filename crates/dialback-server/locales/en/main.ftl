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
error-password-personal = The password must not be your e-mail address or your name.
error-email-change-needs-password = Enter your current password to change the e-mail address.
error-text-hidden-characters = Remove invisible or control characters, such as tabs or line breaks.
error-language-unknown = Choose one of the listed languages.
error-currency-unknown = Choose one of the listed currencies.
error-timezone-unknown = Choose a time zone from the list.
error-date-format-unknown = Choose one of the listed date formats.
error-time-format-unknown = Choose one of the listed time formats.
error-date-invalid = Enter a date as YYYY-MM-DD.
error-activity-user-unknown = Choose a user of this account from the list.
error-date-range = The end date must not be before the start date.
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
error-bad-request-title = The request could not be read
error-bad-request-message = The form or address sent to Dialback was malformed or too large. Go back, reload the page and try again.
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
profile-password-hint = Your current password is needed only when you change the e-mail address.
email-changed-subject = Your Dialback sign-in address was changed
email-changed-body =
    Hello { $name },

    The e-mail address you sign in to Dialback with was changed to { $email }. From now on, messages from Dialback go there.

    If you did not make this change, reset your password at once and contact your account's owner.

    The Dialback team

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

## Validation errors of the core

error-role-unknown = Choose the role owner, admin or manager.
error-permission-unknown = Use only the documented permissions, such as widgets or calls.view.
error-business-time-invalid = Each business time needs day_of_week from 0 (Sunday) to 6, start_time and end_time as HH:MM with the start before the end, and a valid time zone.
error-domain-invalid = Enter a domain name such as shop.example.com.
error-call-status-unknown = Choose a call status from the list.

## REST API messages

api-error-field = Invalid { $field }: { $reason }
api-error-field-sentence = Invalid { $field }. { $reason }
api-error-missing = The parameter { $field } is missing.
api-error-permission = This API key lacks the permission { $permission }.
api-error-key-missing = Send your API key in the Authorization header.
api-error-key-invalid = The API key is not valid.
api-error-key-revoked = The API key was revoked. Create a new one in Settings > API keys.
api-error-key-expired = The API key has expired. Create a new one in Settings > API keys.
api-error-rate-limited = { $count ->
    [one] Too many requests with this API key. Try again in { $count } second.
   *[other] Too many requests with this API key. Try again in { $count } seconds.
}
api-error-internal = The request could not be completed because of an internal error. Try again; if it keeps failing, contact support with the X-Request-Id header of the response.
api-error-bad-request = The request could not be read: check the path, the parameters and their encoding against /api/docs.
api-error-widget-not-found = No such widget, or this API key may not use it.
api-error-user-not-found = No such user in this account.
api-error-manager-not-found = No such manager, or this API key may not use its widget.
api-error-call-not-found = No such call, or this API key may not use its widget.
api-error-widget-disabled = The widget is disabled, so it takes no calls.
api-error-no-manager = No manager can take a call now. Use widgets/call-or-schedule to schedule it instead.
api-reason-not-integer = expected a whole number.
api-reason-not-boolean = expected 1, 0, true or false.
api-reason-not-json = expected JSON.
api-reason-wrong-shape = the value does not have the expected structure.
api-reason-limit-range = use a number from 1 to 1000.
api-reason-offset-negative = use 0 or a larger number.
api-reason-url = expected a web address such as https://shop.example.com.
api-reason-too-long = the text is too long.
api-reason-text-240 = use at most 240 characters.
api-reason-department-or-manager = send department_id or manager_id, not both.
api-reason-not-this-widget = this widget has no such department or manager.
api-reason-schedule = give a time in Unix seconds, in the future and at most 30 days ahead.
api-reason-message-id = it is not a message of this channel.
api-reason-owner-role = new users can be admins or managers, because the account already has an owner.
api-reason-last-owner = the account's last owner cannot be removed or given another role.
api-reason-status = use call statuses such as completed or manager-failed.
api-reason-field-name = use 1 to 100 characters.

## Default SMS and voice texts of widgets

sms-visitor-call-scheduled = We will call you back on { $time }. Thank you for your patience.
sms-visitor-cancel-scheduled = Your scheduled call has been cancelled.
sms-visitor-dial-completed = Thank you for the conversation. We are happy to help again.
voice-client-start = Hello, please hold on, we are connecting you with a consultant.
voice-client-end-success = Thank you for the conversation. Goodbye.
voice-client-end-failed = We could not connect you with a consultant. We will call you back soon.
voice-manager-start = You have a call from the website. Connecting you with the visitor now.

## Activity kinds of the core

activity-kind-WIDGET_ADDED = A widget was added.
activity-kind-WIDGET_EDITED = A widget was changed.
activity-kind-WIDGET_DELETED = A widget was deleted.
activity-kind-API_KEY_CREATED = An API key was created.
activity-kind-API_KEY_REVOKED = An API key was revoked.
activity-kind-CALL_REQUESTED = A call was requested.
activity-kind-CALL_FIELD_EDITED = A custom field of a call was changed.
activity-kind-CALL_CANCELLED = A call was cancelled.

## Settings > API keys

api-keys-title = API keys
api-keys-intro = Keys let your own software use Dialback's REST API. Each key may use only the widgets and permissions you give it.
api-keys-created = Your new API key is below. Copy it now: it is shown only once.
api-keys-owner-only = Only the account owner or an administrator can manage API keys.
api-keys-empty = The account has no API keys yet.
api-keys-col-description = Description
api-keys-col-key = Key
api-keys-col-access = Access
api-keys-col-created = Created
api-keys-col-last-used = Last used
api-keys-col-state = State
api-keys-col-actions = Actions
api-keys-revoke = Revoke
api-keys-new = New API key
api-keys-all-widgets = All widgets, including future ones
api-keys-create = Create key
api-keys-never-used = Never
api-keys-last-used-from = { $time } from { $ip }
api-keys-state-active = Active
api-keys-state-revoked = Revoked
api-keys-state-expired = Expired
api-keys-expires-on = Works until { $date }
api-keys-widgets-all = All widgets
api-keys-widgets-some = { $count ->
    [one] { $count } widget
   *[other] { $count } widgets
}
api-keys-revoked-notice = The API key was revoked. Integrations that use it stop working at once.
field-api-key-description = Description (optional)
field-api-key-widgets = Widgets
field-api-key-permissions = Permissions
field-api-key-expires = Expires on (optional)
error-api-key-widgets-missing = Choose all widgets or at least one widget.
error-api-key-permissions-missing = Choose at least one permission.
error-api-key-expiry-past = Choose a date in the future, or leave the field empty.
error-api-key-description-too-long = The description is too long: use at most 200 characters.
permission-calls = Calls: everything
permission-calls-view = Calls: read the history
permission-managers = Users and managers: everything
permission-managers-view = Users and managers: read
permission-managers-edit = Managers: assign and change
permission-sms = SMS texts: everything
permission-sms-view = SMS texts: read
permission-sms-edit = SMS texts: change
permission-voice = Voice texts: everything
permission-voice-view = Voice texts: read
permission-voice-edit = Voice texts: change
permission-widgets = Widgets: everything
permission-widgets-view = Widgets: read
permission-widgets-edit = Widgets: create, change and delete
permission-widgets-call = Widgets: request calls

## The public widget, shown to visitors in the widget's language

public-error-unavailable = This widget is not available.
widget-title = Would you like us to call you back?
widget-phone-label = Your phone number
widget-call-button = Call me now
widget-schedule-button = Call me later
widget-unavailable-now = Our consultants are not available right now. Choose a time and we will call you back.
widget-call-coming = Thank you! Your phone will ring in a moment.
widget-call-scheduled = Thank you! We will call you back at the chosen time.

## REST API reference page

api-docs-title = Dialback REST API
api-docs-intro = The API is compatible with CallPage's external API: the same paths, the same envelope and the same key header. Send the key created in Settings > API keys in the Authorization header, alone or as "Bearer <key>". Parameters go in the query string of GET requests and in a form-urlencoded or JSON body otherwise. Every response has hasError, errorCode, message, data and meta. Parameters marked * are required. Endpoint descriptions are in English.
api-docs-openapi = OpenAPI 3.1 document
api-docs-permission = Permission:
api-docs-parameter = Parameter
api-docs-type = Type
api-docs-description = Description
api-docs-any-key = any valid key

## My team

nav-team = My team
team-title = My team
team-col-state = State
team-state-enabled = Active
team-state-disabled = Disabled
team-add = Add a team member
team-add-hint = The new member signs in after choosing a password with "Forgot your password?" on the sign-in page.
team-add-submit = Add member
team-owner-only = Only the account owner or an administrator can change the team.
team-edit-title = Edit team member
team-back = Back to the team
team-enabled = Active: can sign in and take calls
team-delete = Remove from the team
team-verify-number = Verify
team-caller-id-verified = Verified
team-last-owner = The account's last owner cannot be removed or given another role.
team-self-delete = You cannot remove yourself; ask another owner or administrator.
field-role = Role
role-owner = Owner
role-admin = Administrator
role-manager = Manager

## Widgets

nav-widgets = Widgets
nav-calls = Calls
action-add = Add
action-remove = Remove
widgets-title = Widgets
widgets-empty = The account has no widgets yet. Add the first one below.
widgets-col-state = State
widgets-col-managers = Managers
widgets-add = Add a widget
widgets-add-submit = Add widget
widgets-back = Back to widgets
widgets-widget = Widget
widgets-state-enabled = Enabled: visitors see the widget and can request calls.
widgets-state-disabled = Disabled: visitors do not see the widget.
widgets-enable = Enable
widgets-disable = Disable
widgets-duplicate = Duplicate
widgets-delete = Delete widget
widgets-general = General
widgets-busy-mode-hint = On: when every manager is busy, a visitor's request is refused. Off: visitors can book a time for the call.
widgets-domains = Trusted domains
widgets-domains-hint = The widget works only on these sites. With no domain listed, it works everywhere.
widgets-departments = Departments
widgets-managers = Managers
widgets-no-managers = No manager takes this widget's calls yet.
widgets-add-manager = Add manager
widgets-manager-enabled = takes calls
widgets-manager-disabled = paused
widgets-manager-pause = Pause
widgets-manager-resume = Resume
widgets-days-off = Days off
widgets-embed = Widget configuration address
widgets-embed-hint = The widget script on your site reads its configuration from this address.
widgets-preview = Preview the widget
widgets-preview-hint = This is the widget as a visitor from your current address sees it. A blacklisted address sees nothing.
widgets-hours-none = no business hours
widgets-no-department = No department
widgets-no-users = Add team members with a phone number first.
field-widget-url = Web site address
field-widget-description = Description
field-widget-language = Widget language
field-widget-timezone = Widget time zone
field-widget-busy-mode = Busy mode
field-widget-domain = Domain
field-widget-department = Department name
field-widget-user = Team member
field-widget-days = Working days
field-widget-start = Start time
field-widget-end = End time
field-widget-days-off = Days off, one date per line (YYYY-MM-DD)
error-widget-url-invalid = Enter a web site address, such as https://shop.example.com.
error-widget-description-too-long = The description is too long: use at most 500 characters.
error-department-name = Enter a department name of at most 100 characters.
error-manager-user = Choose a team member of this account.
error-manager-days = Choose at least one working day, with the start time before the end time.
error-days-off-invalid = Write each day off as YYYY-MM-DD on its own line.
weekday-0 = Sunday
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday

## Calls

calls-title = Calls
calls-call = Call
calls-back = Back to calls
calls-col-phone = Phone number
calls-col-status = Status
calls-col-manager = Manager
calls-col-duration = Talk time
calls-widget = Widget
calls-requested = Requested
calls-scheduled-for = Scheduled for
calls-page = Page
calls-fields = Details left by the visitor
calls-events = What happened
calls-filter-status = Status
calls-filter-widget = Widget
calls-count = { $count ->
    [0] No calls match.
    [one] { $count } call matches.
   *[other] { $count } calls match.
}
calls-duration = { $count ->
    [one] { $count } second
   *[other] { $count } seconds
}
calls-nobody = —
calls-cancel = Cancel the call
call-status-new = Waiting for a free manager
call-status-scheduled = Scheduled
call-status-ringing = Ringing the manager
call-status-in-progress = Connected
call-status-completed = Completed
call-status-manager-failed = No manager answered
call-status-user-failed = The visitor did not answer
call-status-failed = Failed
call-status-cancelled = Cancelled

## Limits, IP addresses, blacklisted numbers, caller IDs and tags

list-col-created = Added
limits-title = Limits
limits-intro = For security, each account has limits on calls. To change one, describe your case below; the Dialback operator reviews every request.
limits-col-limit = Limit
limits-col-value = Value
limits-col-use = Current use
limits-col-change = Change
limits-col-state = State
limit-max_calls_in_progress = Calls in progress at once
limit-max_conversation_duration = Maximum conversation duration
limit-scheduled_calls_per_timestamp = Calls booked for the same time
limits-use-calls = { $count ->
    [one] { $count } call ringing or connected now
   *[other] { $count } calls ringing or connected now
}
limits-use-longest = { $count ->
    [one] longest conversation so far: { $count } second
   *[other] longest conversation so far: { $count } seconds
}
limits-use-busiest = { $count ->
    [one] most booked for one time: { $count } call
   *[other] most booked for one time: { $count } calls
}
limits-request = Request a limit change
limits-request-submit = Send the request
limits-requests = Your requests
limits-state-pending = Waiting for a decision
limits-state-approved = Approved
limits-state-rejected = Rejected
field-limit = Limit
field-limit-new-value = New value
field-limit-description = Why do you need the change?
error-limit-unknown = Choose one of the listed limits.
error-limit-value = Enter a whole number from 1 to 10,000 for the call limits, or from 1 to 86,400 seconds for the conversation duration.
error-limit-description = Describe your case in 10 to 2000 characters.
ip-title = IP addresses
ip-intro = Visitors from a blacklisted address or range do not see your widgets and cannot request calls. Whitelisted addresses are never restricted, not even by the automatic blacklisting of addresses that request many calls and answer none.
ip-empty = Both lists are empty.
ip-add = Add an address or range
ip-col-hits = Matched requests
ip-list-whitelist = Whitelist
ip-list-blacklist = Blacklist
field-ip-address = IP address or range (CIDR)
field-ip-list-type = List
field-ip-note = Note (optional)
error-ip-missing = Enter an IP address or a range such as 203.0.113.0/24.
error-ip-invalid = Enter a valid IPv4 or IPv6 address, or a range in CIDR notation such as 203.0.113.0/24.
error-ip-list-type = Choose the whitelist or the blacklist.
error-ip-note = The note is too long or has hidden characters: use at most 200 visible characters.
error-ip-overlap = This overlaps { $network } in the list “{ $list }”. Remove that entry first or enter a range that does not overlap it.
numbers-title = Blacklisted numbers
numbers-intro = A phone number on this list never receives a call from Dialback.
numbers-empty = No number is blacklisted.
numbers-add = Blacklist a number
error-number-listed = This number is already blacklisted.
error-number-blacklisted = This phone number is blacklisted in the account, so it receives no calls.
public-error-call-refused = We cannot call this number. Please contact us another way.
error-slot-full = This time is fully booked. Choose another one.
api-error-address-blocked = The visitor's IP address is blacklisted in the account.
api-error-calls-limit = The account has reached its limit of calls in progress. Try again when a call ends, or request a higher limit in Settings > Limits.
api-error-tag-not-found = No such tag in this account.
caller-ids-title = Caller IDs
caller-ids-intro = Every phone number ever added to the account. Visitors see a manager's number as the caller only once it is verified; until then they see Dialback's number.
caller-ids-empty = No phone number was added to the account yet.
caller-ids-col-verified = Verified
caller-ids-not-verified = Not verified
caller-ids-send-sms = Send a code by SMS
caller-ids-send-voice = Send a code by voice call
caller-ids-verify = Verify
caller-ids-code-message = Your Dialback verification code is { $code }. It expires in 10 minutes.
field-caller-id-code = Six-digit code
error-code-wrong = The code is not correct. Check it and try again.
error-code-expired = The code has expired or none was sent. Send a new code.
error-code-attempts = Too many wrong codes. Send a new code.
tags-title = Tags
tags-intro = Tags label calls by topic, so you can find and filter them.
tags-empty = The account has no tags yet.
tags-add = Add a tag
tags-col-updated = Last updated
field-tag-label = Label
field-tag-color = Colour
error-tag-label = Enter a label of 1 to 50 visible characters.
error-tag-color = Choose a colour as # and six hexadecimal digits, such as #0b6bcb.
error-tag-duplicate = Another tag already has this label.
calls-tag = Tag
calls-add-tag = Add tag
activity-kind-CALL_TAGGED = A call was tagged.
activity-kind-CALL_UNTAGGED = A tag was removed from a call.
activity-kind-LIMIT_CHANGE_REQUESTED = A limit change was requested.
activity-kind-LIMIT_CHANGE_APPROVED = A limit change was approved.
activity-kind-LIMIT_CHANGE_REJECTED = A limit change was rejected.
activity-kind-IP_ADDRESS_ADDED = An IP address was added to a list.
activity-kind-IP_ADDRESS_REMOVED = An IP address was removed from a list.
activity-kind-IP_ADDRESS_BLACKLISTED_AUTOMATICALLY = An IP address was blacklisted for requesting many calls and answering none.
activity-kind-BLACKLISTED_NUMBER_ADDED = A phone number was blacklisted.
activity-kind-BLACKLISTED_NUMBER_REMOVED = A phone number was removed from the blacklist.
activity-kind-CALLER_ID_ADDED = A caller ID was added.
activity-kind-CALLER_ID_VERIFICATION_SENT = A verification code was sent to a caller ID.
activity-kind-CALLER_ID_VERIFIED = A caller ID was verified.
activity-kind-CALLER_ID_DELETED = A caller ID was deleted.
activity-kind-TAG_ADDED = A tag was added.
activity-kind-TAG_EDITED = A tag was changed.
activity-kind-TAG_DELETED = A tag was deleted.

# Desktop notifications in the dashboard, and widget reports by e-mail.
live-region-label = Notifications
live-dismiss = Dismiss
live-open = Open
live-enable-desktop = Show notifications on the desktop
report-daily-subject = Daily report for { $date }
report-weekly-subject = Weekly report for { $first } – { $last }
report-daily-intro = Calls to your widgets on { $date } (time zone { $timezone }).
report-weekly-intro = Calls to your widgets from { $first } to { $last } (time zone { $timezone }).
report-col-widget = Widget
report-col-requested = Requested
report-col-answered = Answered
report-col-missed = Missed
report-col-average-wait = Average wait
report-col-average-talk = Average talk time
report-col-day = Day
report-total = All widgets
report-none = —
report-chart-title = Calls per day
report-chart-alt = Bar chart of calls per day; the table below lists the same numbers.
report-legend-answered = Answered
report-legend-missed = Missed
report-legend-other = Other outcomes: cancelled, failed or not finished
report-open-calls = Open the list of calls
report-duration-seconds = { $seconds } s
report-duration-minutes = { $minutes } min { $seconds } s
nav-messages = Messages
messages-title = Messages
messages-intro = Messages that visitors left through your widgets, newest first.
messages-count = { $count ->
    [0] No messages yet.
    [one] { $count } message.
   *[other] { $count } messages.
}
messages-col-widget = Widget
messages-col-visitor = Visitor
messages-col-text = Message
error-message-text-missing = Write a message.
error-message-text-too-long = Shorten the message to at most 2000 characters.
error-message-contact-missing = Enter a phone number or an e-mail address so that we can reply.
public-error-message-refused = We cannot accept this message. Please contact us another way.
widget-message-received = Thank you! We have received your message and will get back to you.
activity-kind-MESSAGE_RECEIVED = A visitor left a message.
activity-kind-WEBHOOK_ADDED = A webhook was added.
activity-kind-WEBHOOK_ENABLED = A webhook was turned on.
activity-kind-WEBHOOK_DISABLED = A webhook was turned off.
activity-kind-WEBHOOK_SECRET_ROTATED = A webhook's signing secret was replaced.
activity-kind-WEBHOOK_DELETED = A webhook was deleted.
webhooks-title = Webhooks
webhooks-intro = Dialback sends a signed POST request with JSON to each address below when one of its chosen events happens. Failed deliveries are retried with growing pauses.
webhooks-owner-only = Only the account's owners and admins can manage webhooks.
webhooks-empty = The account has no webhooks yet.
webhooks-col-url = Address
webhooks-col-events = Events
webhooks-col-secret = Signing secret
webhooks-col-state = State
webhooks-state-enabled = On
webhooks-state-disabled = Off
webhooks-log = Delivery log
webhooks-enable = Turn on
webhooks-disable = Turn off
webhooks-rotate-secret = Replace secret
webhooks-signature-hint = Each request carries the header Dialback-Signature: t=<Unix time>,v1=<HMAC-SHA256 in hex of the time, a dot and the body, keyed with the signing secret>. Check it before trusting a request.
webhooks-add = Add a webhook
field-webhook-url = Address (URL)
field-webhook-events = Events to send
error-webhook-url-missing = Enter the address that should receive the events.
error-webhook-url-too-long = Shorten the address to at most 2000 characters.
error-webhook-url-invalid = Enter a full address starting with https:// or http://, such as https://example.com/dialback.
error-webhook-url-credentials = Enter the address without a user name or password.
error-webhook-url-forbidden = This address leads to { $address }, which is not on the public internet. Webhooks may only reach public addresses.
error-webhook-url-unresolved = The host name of this address could not be found. Check the spelling.
error-webhook-events-missing = Choose at least one event from the list.
error-webhook-too-many = { $count ->
    [one] An account can have at most { $count } webhook. Delete one first.
   *[other] An account can have at most { $count } webhooks. Delete one first.
}
webhooks-event-call-new = New call
webhooks-event-call-scheduled = Scheduled call
webhooks-event-call-ringing = Call ringing
webhooks-event-call-completed = Call completed
webhooks-event-call-missed = Missed call
webhooks-event-call-scheduled-failed = Scheduled call failed
webhooks-event-call-custom-fields = Custom fields completed by a visitor
webhooks-event-call-additional-data = Visitor left additional data
webhooks-event-message-new = New message
webhooks-log-title = Webhook delivery log
webhooks-back = Back to webhooks
webhooks-col-event = Event
webhooks-col-attempts = Attempts
webhooks-no-attempts = Not sent yet.
webhooks-deliveries-count = { $count ->
    [0] Nothing has been sent to this webhook yet.
    [one] { $count } delivery.
   *[other] { $count } deliveries.
}
webhooks-status-delivered = Delivered
webhooks-status-failed = Failed; no more attempts
webhooks-status-pending = Waiting to be sent
webhooks-status-retrying = Failed; next attempt at { $time }
webhooks-http-status = HTTP { $status }
webhooks-duration-ms = { $count } ms
webhooks-error-forbidden-address = Refused: the address is not on the public internet
webhooks-error-unresolved = The host name could not be found
webhooks-error-timeout = No response in time
webhooks-error-connect = The connection failed
webhooks-error-too-many-redirects = Too many redirects
webhooks-error-invalid-redirect = A redirect without a valid target address
webhooks-error-request = The request failed
# Notifications (branch notify)
notifications-title = Notifications
notifications-intro = Choose which events reach you on each channel. Nothing changes until you press Save.
notifications-col-event = Event
notifications-not-offered = Not available on this channel
notifications-error-unknown = The form contained a choice that does not exist, so nothing was saved. Reload the page and try again.
notifications-sms-to = SMS go to { $phone }, the number in your profile.
notifications-sms-no-phone = Add a phone number to your profile to receive SMS.
notifications-mobile-devices = Mobile devices registered for push notifications: { $count }. Apps register them through the REST API.
notifications-test-title = Send a test
notifications-test-hint = A test goes through the same queue as real notifications, so it also shows in the delivery log.
notifications-test-sms = Send a test SMS
notifications-test-email = Send a test e-mail
notifications-test-desktop = Send a test desktop notification
notifications-test-mobile = Send a test push notification
notifications-test-queued = The test notification is on its way.
notifications-log-title = Delivery log
notifications-log-empty = Nothing has been sent to you yet.
notifications-log-col-what = Notification
notifications-log-col-when = Created
notifications-log-col-channel = Channel
notifications-log-col-status = Status
notifications-log-col-attempts = Attempts
notifications-log-col-error = Last error
notifications-log-sent-at = sent { $time }
notifications-log-older = Older deliveries
notifications-status-pending = Waiting
notifications-status-sent = Sent
notifications-status-failed = Failed
notifications-error-no-phone = There is no phone number in your profile.
notifications-error-no-device = No mobile device is registered for you.
notifications-error-user-gone = The recipient no longer exists.
notifications-error-user-disabled = The recipient's user is disabled.
notifications-error-unknown-kind = This version of Dialback does not know this notification.
profile-notifications-link = Choose which notifications you receive
notify-channel-sms = SMS
notify-channel-email = E-mail
notify-channel-desktop = Desktop
notify-channel-mobile = Mobile
notify-event-call-new = New call
notify-event-call-scheduled = New scheduled call
notify-event-call-ringing = Call ringing
notify-event-call-completed = Call completed, with its details
notify-event-call-missed = Missed call
notify-event-call-scheduled-failed = Scheduled call failed
notify-event-call-custom-fields = Custom fields completed by a visitor
notify-event-call-additional-data = Visitor left additional data
notify-event-message-new = New message
notify-event-widget-installed = New widget installed
notify-event-product-update = Product updates
notify-event-report-daily = Widget daily report
notify-event-report-weekly = Widget weekly report
notify-event-notification-test = Test notification
notify-event-subscription-expired = Subscription expired
notify-label-phone = Visitor's number
notify-label-time = Time
notify-label-scheduled = Scheduled for
notify-label-widget = Widget
notify-label-manager = Manager
notify-label-duration = Conversation
notify-label-email = E-mail
notify-open-link = Open in Dialback
notify-email-footer = You receive this message because of your notification settings in Dialback. You can change them under Settings > Notifications.
notify-call-new-subject = New call request from { $phone }
notify-call-new-body = { $phone } asked to be called back through { $widget } at { $time }.
notify-call-new-sms = New call request from { $phone } at { $time }.
notify-call-scheduled-subject = Call booked by { $phone } for { $scheduled }
notify-call-scheduled-body = { $phone } booked a call through { $widget } for { $scheduled }.
notify-call-scheduled-sms = Call booked by { $phone } for { $scheduled }.
notify-call-ringing-subject = Ringing: call for { $phone }
notify-call-ringing-body = A manager's phone is ringing for the call requested by { $phone } through { $widget }.
notify-call-ringing-sms = Ringing now: call for { $phone }.
notify-call-completed-subject = Call with { $phone } completed ({ $duration })
notify-call-completed-body = { $manager } talked with { $phone } for { $duration }. The call ended at { $time }.
notify-call-completed-sms = Call completed: { $phone }, { $duration } with { $manager }, ended { $time }.
notify-call-missed-subject = Missed call from { $phone }
notify-call-missed-manager-body = No manager answered the call requested by { $phone } through { $widget }. It ended at { $time }; call the visitor back soon.
notify-call-missed-manager-sms = Missed call from { $phone } at { $time }: no manager answered.
notify-call-missed-visitor-body = The visitor { $phone } did not answer the callback requested through { $widget }. It ended at { $time }.
notify-call-missed-visitor-sms = Missed call with { $phone } at { $time }: the visitor did not answer.
notify-call-scheduled-failed-subject = Scheduled call with { $phone } failed
notify-call-scheduled-failed-body = The call that { $phone } booked for { $scheduled } could not be made. It ended at { $time }.
notify-call-scheduled-failed-sms = Scheduled call with { $phone } failed at { $time }.
notify-call-custom-fields-subject = { $phone } completed custom fields
notify-call-custom-fields-body = The visitor { $phone } completed custom fields of their call through { $widget }. All fields filled in so far are below.
notify-call-custom-fields-sms = { $phone } completed custom fields of their call.
notify-call-additional-data-subject = { $phone } left additional data
notify-call-additional-data-body = The visitor { $phone } left additional data with their call through { $widget }.
notify-call-additional-data-sms = { $phone } left additional data with their call.
notify-message-new-subject = New message from a visitor on { $widget }
notify-message-new-body = A visitor left a message on { $widget } at { $time }:
notify-message-new-sms = New message on { $widget }:
notify-widget-installed-subject = Your widget is live on { $domain }
notify-widget-installed-body = The widget for { $widget } was loaded on { $domain } for the first time at { $time }. Visitors can now ask for a callback there.
notify-widget-installed-sms = Visitors on { $domain } can now ask for a callback.
notify-product-update-subject = Dialback: { $title }
notify-product-update-body = { $title }
notify-product-update-sms = { $title }
notify-report-daily-subject = Your widgets' daily report
notify-report-weekly-subject = Your widgets' weekly report
notify-notification-test-subject = Dialback test notification
notify-notification-test-body = This is a test notification on the channel { $channel }. If it reached you, Dialback's notifications reach you there too.
notify-notification-test-sms = Dialback test notification on the { $channel } channel: it reached you.
activity-kind-PUSH_DEVICE_REGISTERED = A mobile device was registered for push notifications.
activity-kind-PUSH_DEVICE_UNREGISTERED = A mobile device was removed from push notifications.
api-reason-device-token = use the token the device's platform issued: at most 4096 characters, without spaces.
api-reason-device-platform = use android or ios.
api-error-device-not-found = No such device token in this account.
## Plans, subscription, checkout, payments and invoices (issue 6, branch payments)

billing-period-monthly = Monthly
billing-period-annual = Annual
payment-system-paypal = PayPal
payment-system-dotpay = DotPay
payment-system-bank_transfer = Bank transfer
subscription-title = Subscription
subscription-paid = Thank you. The payment is confirmed and your plan has changed.
subscription-current-plan = Current plan
subscription-expires-on = Valid until
subscription-expired-on = Expired on
subscription-plans = Plans
subscription-no-plans = No plans are on offer yet.
subscription-prices-net = Prices are net, in your account's currency. VAT is added at checkout.
subscription-change = Change plan
subscription-see-price = See the price
subscription-pending = Payments awaiting confirmation
subscription-pay-now = Pay
payment-reference = Payment reference
checkout-field-plan = Plan
checkout-field-billing-period = Billing period
checkout-field-payment-system = Payment system
checkout-field-full-name = Full name
checkout-field-company = Company name (if you buy as a company)
checkout-field-tax-id = Tax number or VAT ID
checkout-field-country = Country (two-letter code, such as PL)
checkout-field-city = City
checkout-field-address = Address
checkout-field-zip-code = ZIP code
checkout-title = Checkout
checkout-price = Plan price
checkout-credit = Deduction for the unused part of your current plan
checkout-credit-rule = The deduction is the value paid for your current period multiplied by the share of the period that remains, rounded to the currency's smallest unit.
checkout-net = Net
checkout-vat = VAT { $rate }%
checkout-vat-amount = VAT
checkout-gross = Total to pay
checkout-downgrade = What you lose with this plan
checkout-downgrade-intro = The new plan sets these limits below their current values. They change as soon as the payment is confirmed.
checkout-downgrade-now = Now
checkout-downgrade-after = With the new plan
checkout-downgrade-confirm = I understand that these limits will be lowered.
checkout-details = Billing details
checkout-submit = Proceed to payment
proforma-title = Pro-forma invoice
proforma-intro = Transfer the total below to this account and quote the payment reference. Your plan changes when the operator records the payment.
proforma-paid = This payment is confirmed.
proforma-recipient = Recipient
proforma-bank = Bank
proforma-account = Account number
proforma-amount = Amount to pay
proforma-issued = Issued on
proforma-back = Back to your subscription
sandbox-title = Payment sandbox
sandbox-intro = This test page stands in for the payment provider. No money is taken.
sandbox-pay = Confirm the payment
sandbox-cancel = Cancel and return to Dialback
invoices-title = Invoices
invoices-empty = No invoices yet. An invoice is issued for each confirmed payment.
invoices-col-number = Number
invoices-col-transaction = Transaction ID
invoices-col-price = Price
invoices-col-paid = Payment date
invoices-col-kind = Type
invoices-download = Download PDF
invoice-kind-subscription = Subscription
invoice-kind-one_time = One-time
invoice-line-subscription = Plan { $plan }, { $period }
invoice-line-subscription-credit = Plan { $plan }, { $period }, less { $credit } credited for the unused part of the previous plan
error-money-invalid = Enter an amount such as 49.99, with a dot before the cents.
error-money-precision = Enter at most two digits after the dot.
error-billing-period-unknown = Choose monthly or annual billing.
error-payment-system-unknown = Choose a payment system from the list.
error-invoice-kind-unknown = Choose subscription or one-time.
error-plan-unknown = Choose a plan from the list.
error-plan-no-price = This plan has no price in your account's currency for this billing period. Choose another plan or period.
error-checkout-required = Fill in this field (up to 200 characters).
error-checkout-country = Enter the two-letter country code, such as PL or DE.
error-checkout-tax-id-required = A company must give its tax number.
error-checkout-confirm-downgrade = Confirm that you accept the lower limits.
activity-kind-PAYMENT_STARTED = A payment was started.
activity-kind-PAYMENT_CONFIRMED = A payment was confirmed.
activity-kind-PAYMENT_CALLBACK_REJECTED = A payment notification was rejected.
activity-kind-SUBSCRIPTION_CHANGED = The subscription plan changed.
activity-kind-INVOICE_ISSUED = An invoice was issued.
## Billing information, coupons and invoice PDFs (issue 6, branch billing)

error-tax-id-missing = Enter the tax number.
error-tax-id-characters = This tax number has characters that numbers of the chosen country do not use.
error-tax-id-length = This tax number has the wrong number of characters for the chosen country.
error-tax-id-checksum = The check digit of this tax number does not match. Look for a typing mistake.
error-tax-id-prefix = This number begins with another country's prefix. Choose that country or remove the prefix.
error-tax-id-country = Tax numbers of this country cannot be checked here. Choose the country that issued the number.
settings-nav-subscription = Subscription
settings-nav-invoices = Invoices
billing-title = Billing information
billing-intro = New invoices are issued to these details. Invoices already issued keep the details they were issued with.
billing-country-choose = Choose a country
billing-zip-hint = Postal code format for the chosen country: { $example }
billing-tax-id-hint = Optional. Enter the VAT ID or tax number of the chosen country, with or without its country prefix.
field-country = Country
field-address = Address
field-zip-code = Postal code
field-city = City
field-tax-id = VAT ID or tax number
error-country-missing = Choose a country.
error-country-unknown = Choose a country from the list.
error-address-missing = Enter the street address.
error-address-too-long = The address is too long: use at most 200 characters.
error-city-missing = Enter the city.
error-city-too-long = The city name is too long: use at most 100 characters.
error-zip-missing = Enter the postal code.
error-zip-format = Enter the postal code in the format of the chosen country, such as { $example }.
coupons-title = Coupons
coupons-intro = A coupon code raises one of the account's limits. Each code can be applied once per account.
field-coupon-code = Coupon code
coupons-apply = Apply
coupons-used = Applied coupons
coupons-empty = No coupon has been applied yet.
coupons-col-code = Code
coupons-col-increase = Limit increase
coupons-col-applied = Date applied
coupons-increase = { $limit }: +{ $amount }
error-coupon-missing = Enter a coupon code.
error-coupon-code-format = A coupon code has 3 to 40 letters, digits, hyphens or underscores.
error-coupon-unknown = This coupon code does not exist. Check its spelling.
error-coupon-expired = This coupon code has expired.
error-coupon-exhausted = This coupon code has been used up.
error-coupon-already-used = This account has already used this coupon code.
error-coupon-throttled = { $count ->
    [one] Too many wrong coupon codes. Try again in { $count } minute.
   *[other] Too many wrong coupon codes. Try again in { $count } minutes.
}
activity-kind-BILLING_INFO_CHANGED = The billing information was changed.
activity-kind-COUPON_APPLIED = A coupon was applied.
invoice-pdf-title = Invoice
invoice-pdf-number = Invoice number
invoice-pdf-issued-on = Date of issue
invoice-pdf-paid-on = Payment date
invoice-pdf-transaction = Transaction ID
invoice-pdf-seller = Seller
invoice-pdf-buyer = Buyer
invoice-pdf-tax-id = VAT ID: { $id }
invoice-pdf-col-number = No.
invoice-pdf-col-description = Description
invoice-pdf-col-quantity = Qty
invoice-pdf-col-unit-net = Unit net price
invoice-pdf-col-net = Net
invoice-pdf-col-vat-rate = VAT rate
invoice-pdf-col-vat = VAT
invoice-pdf-col-gross = Gross
invoice-pdf-vat-rate-value = { $rate }%
invoice-pdf-total = Total
invoice-pdf-currency = Currency: { $code }
country-AT = Austria
country-BE = Belgium
country-BG = Bulgaria
country-BR = Brazil
country-CY = Cyprus
country-CZ = Czechia
country-DE = Germany
country-DK = Denmark
country-EE = Estonia
country-ES = Spain
country-FI = Finland
country-FR = France
country-GB = United Kingdom
country-GR = Greece
country-HR = Croatia
country-HU = Hungary
country-IE = Ireland
country-IT = Italy
country-LT = Lithuania
country-LU = Luxembourg
country-LV = Latvia
country-MT = Malta
country-NL = Netherlands
country-PL = Poland
country-PT = Portugal
country-RO = Romania
country-SE = Sweden
country-SI = Slovenia
country-SK = Slovakia
country-US = United States
widget-message-title = Or leave us a message
widget-name-label = Your name (optional)
widget-email-label = Your e-mail address
widget-message-label = Message
widget-send-message = Send message
subscription-trial-plan = Trial
invoice-period-monthly = billed monthly
invoice-period-annual = billed annually
activity-kind-SUBSCRIPTION_EXPIRED = The subscription expired and its grace period ended, so widgets refuse new call requests.
api-error-subscription-expired = The account's subscription has expired, so its widgets accept no new call requests. The account owner can renew it in Settings > Subscription.
public-error-subscription-expired = Call-back requests are not available on this website at the moment. Please contact the company another way.
subscription-banner-expiring = Your subscription expires on { $date }.
subscription-banner-grace = Your subscription expired on { $date }. Unless it is renewed, widgets will refuse new call requests from { $refused }.
subscription-banner-expired = Your subscription expired on { $date }. Widgets refuse new call requests until it is renewed; calls accepted earlier still take place.
subscription-banner-renew = Renew it in Settings > Subscription.
subscription-banner-ask-owner = Ask the account owner to renew it.
notify-subscription-expired-subject = Your Dialback subscription has expired
notify-subscription-expired-body = Your subscription expired on { $time } and its grace period has ended, so your widgets no longer accept call requests. Calls accepted earlier still take place. Renew it in Settings > Subscription to accept calls again.
notify-subscription-expired-sms = Your Dialback subscription has expired; widgets no longer accept call requests.

## Billing fixes (issue 6, branch billfix)
error-coupon-disabled = This coupon code is no longer active.
error-forbidden-title = You cannot open this page
error-forbidden-message = Your role in this account does not allow this. If you need access, ask the account owner.
error-tax-id-repeated = A number made of one repeated digit is never issued. Enter the real tax number.

## Payment fixes: one pending payment, credit at confirmation, rejected callbacks
checkout-new-expiry = Paid until
checkout-credit-surplus = The unused value of your current plan exceeds this price by { $amount }. It is not lost: it adds time to the new plan, as the date above shows.
payment-cancel = Cancel
payment-cancelled-notice = This payment was cancelled and can no longer be paid. To change plan, start a new checkout.
payment-cancelled-done = The pending payment was cancelled.
payment-rejected-title = The payment was not confirmed
payment-rejected-back = Back to Subscription
payment-rejected-bad-signature = The payment system's confirmation could not be verified. Your plan has not changed. Start the payment again from the Subscription page.
payment-rejected-unknown-payment = No payment has this reference. Your plan has not changed.
payment-rejected-wrong-system = This payment is not paid through this payment system. Your plan has not changed.
payment-rejected-wrong-amount = The confirmed amount or currency does not match this payment. Your plan has not changed.
payment-rejected-replayed = This confirmation was already used. Your plan has not changed by it; if you paid, the Subscription page shows the result.
payment-rejected-expired = The confirmation came too late: the payment page is valid for 15 minutes. Your plan has not changed. Open the payment again from the Subscription page.
payment-rejected-cancelled = This payment was cancelled, for example by a newer checkout, so it cannot be confirmed. Your plan has not changed.
error-currency-paid-period = The currency cannot change while a paid period runs (until { $date }): the unused part of a period is deducted only in the currency it was paid in.
activity-kind-PAYMENT_CANCELLED = A pending payment was cancelled.

## Notification fixes: device tokens, test throttle, webhook and message errors
api-error-device-token-taken = This device token is registered to another account.
notifications-test-throttled = A test went out on this channel less than a minute ago. Please wait a minute before sending another.
error-webhook-url-metadata = This address leads to { $address }, a cloud metadata service that can hand out the server’s credentials. Webhooks may never reach it, whatever the server allows.
error-webhook-url-port = Enter a port from 1 to 65535, or leave the port out.
error-message-text-control = Remove control characters from the message, such as ones pasted from another program. Line breaks and tabs are fine.
error-message-name-control = Remove invisible or control characters from the name, such as tabs or line breaks.
notify-label-name = Visitor's name
notifications-error-mail-unreachable = The mail server could not be reached.
notifications-error-mail-refused = The mail server refused the message.
notifications-error-other = Sending failed.
