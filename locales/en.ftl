## Common buttons and hints
button-back = ‹ Back
button-cancel = ✖️ Cancel
button-done = ✅ Done
button-menu = ‹ Menu
button-start = ▶️ Start
button-outdated = This button is out of date.
hint-use-buttons = Please choose an answer with the buttons below the message.
hint-send-text = Please reply with text.

## Commands
command-start = Start or open the menu
command-menu = Main menu
command-settings = Settings: language, reminders, time zone, quiet hours
command-help = What the bot can do

## Errors
error-internal = Something went wrong on our side. Please try again in a minute.
error-not-registered = Please register first: send /start.
error-not-allowed = This action isn’t available to you.
error-not-found = Record not found: it may have been changed or deleted.
error-duplicate = “{ $name }” is already in the directory.
error-invalid-name = The name “{ $name }” won’t work: it needs 1 to 200 characters, with at least one letter.
error-invalid-timezone = Unknown time zone.
error-invalid-scope = A coordinator needs a school or a municipality; other roles don’t.
error-in-use = It cannot be deleted: other records point to it. Merge it into another one instead.
error-merge-into-itself = A record cannot be merged into itself.
error-invite-invalid = Invitation link not found. Ask the administrator for a new one.
error-invite-expired = This invitation has expired. Ask the administrator for a new one.
error-invite-used-up = This invitation has already been used. Ask the administrator for a new one.
error-invite-revoked = This invitation has been revoked. Ask the administrator for a new one.
error-event-title = The title takes 3 to 200 characters.
error-event-description = The description takes at most 2000 characters.
error-event-start-past = The start must be in the future.
error-event-end-before-start = The end must come after the start.
error-event-capacity = The number of seats is a whole number from 1 to 10,000.
error-event-link = The link must start with http:// or https://.
error-event-deadline = Registration must close no later than the event starts.
error-event-not-found = Event not found: it may have been removed.
error-event-cancelled = The event is cancelled; signing up is not possible.
error-event-past = The event has started or is over; signing up is not possible.
error-registration-closed = Registration for this event is closed.
error-not-in-audience = This event is meant for another audience.
error-plan-changed = This plan was changed while you were looking at the preview. Nothing was saved.

## Start and onboarding
start-link-unknown = Link not recognized — opening the bot as usual.
profile-ask-language = Hello! This is ProfRost, a bot for teachers’ professional development.
    Choose your language / Выберите язык:
consent-short-text = <b>Consent to personal data processing</b>

    To find events for you and sign you up for them, the bot stores: your full name, Telegram ID, municipality, school, subjects and teaching experience.

    • Purpose: informing you about professional development events, signing you up for them, and self-assessment.
    • Only methodologists and coordinators of your area can see your data.
    • Your consent is valid until you withdraw it: “Profile → Delete my data”.

    Federal Law No. 152-FZ “On Personal Data”.
consent-full-text = <b>Consent to personal data processing (full text)</b>

    I, acting freely, of my own will and in my own interest, consent to the operator of the ProfRost bot processing my personal data: surname, first name and patronymic; Telegram ID; municipality and educational organization; subjects taught; teaching experience; records of event registrations and self-assessment results.

    Purposes of processing: informing about events in the regional and municipal plans for teachers’ professional development, registration for events, reminders about them, building an individual learning pathway, and preparing aggregated reports.

    Actions with the data: collection, recording, systematization, storage, updating, use, transfer to methodologists and coordinators within their authority, anonymization, deletion. Processing is carried out using automated means.

    This consent is valid until withdrawn. You can withdraw it at any time: “Profile → Delete my data”; your data is then deleted.

    Legal basis: Articles 6 and 9 of Federal Law No. 152-FZ of 27 July 2006 “On Personal Data”.
consent-agree = ✅ I agree
consent-decline = I don’t agree
consent-show-full = 📄 Full text
consent-show-short = Short version
consent-declined = Understood. We haven’t saved anything about you. If you change your mind, send /start.
consent-recorded = Thank you! Your consent has been recorded. Now a few questions about you.
onboarding-paused = Registration paused, your answers are saved. To continue, send /start.
onboarding-finish-first = Let’s finish registering first: answer the question below. The menu and buttons work right after.
onboarding-done = 🎉 All done, you’re registered!

## Profile
profile-ask-name = What is your name? Please write your surname, first name and patronymic.
profile-rule-name-length = Your full name must be 2 to 100 characters long. Please try again.
profile-rule-name-letters = Your full name may contain only letters, spaces, hyphens, apostrophes and the dots of initials (for example: Mary J. O'Neil). Please try again.
profile-ask-municipality = Choose your municipality or type the first letters of its name, in Russian as the list writes it:
profile-ask-municipality-filtered = Municipalities matching “{ $query }”. Choose one or type another search:
profile-no-municipality-found = No municipalities match “{ $query }”. Type another search or show them all.
profile-show-all-municipalities = All municipalities
profile-ask-school = Choose your school or type part of its name:
profile-ask-school-filtered = Schools matching “{ $query }”. Choose one or type another search:
profile-no-school-found = No schools match “{ $query }”. Type another search (the number alone, say 45), show all schools or tap “My school is not in the list”.
profile-school-missing = ➕ My school is not in the list
profile-ask-missing-school = Type the full name of your school, for example: MBOU “Lyubinskaya SOSh No. 2”. The administrators will add it to the directory; registration goes on without a school meanwhile.
profile-back-to-schools = ‹ Back to the schools
profile-rule-school-name = A school’s name takes 1 to 200 characters, at least one of them a letter. Please try again.
profile-school-found = This school is in the directory already: { $school }. It is now yours.
profile-school-requested = Noted: “{ $school }”. The administrators will add the school to the directory and we will let you know. Until then your profile has no school.
profile-no-schools = There are no schools for this municipality in the directory yet. Choose another municipality or contact the administrator.
profile-other-municipality = ‹ Another municipality
profile-show-all-schools = All schools
profile-ask-subjects = Which subjects do you teach? Tick all that apply and tap “Done”. { $count ->
        [0] Nothing selected yet.
        [one] { $count } subject selected.
       *[other] { $count } subjects selected.
    }
profile-rule-subjects = Tick at least one subject.
profile-ask-experience = How many years have you worked as a teacher? Tap a button or type a number.
profile-experience-under-one = Less than a year
profile-rule-experience = Type a number of years from 0 to 60, for example: 15 or 15 years.
profile-not-set = not set
profile-card = <b>👤 Profile</b>

    Full name: { $name }
    Municipality: { $municipality }
    School: { $school }
    Subjects: { $subjects }
    Experience: { $experience ->
        [-1] not set
        [0] less than a year
        [one] { $experience } year
       *[other] { $experience } years
    }{ $young ->
        [yes] {" "}(early-career teacher)
       *[no] {""}
    }
    Roles: { $roles }
    Language: { $language }
profile-edit-name = ✏️ Full name
profile-edit-place = 🏫 Workplace
profile-edit-subjects = 📚 Subjects
profile-edit-experience = ⏳ Experience
profile-edit-language = 🌐 Language
profile-delete = 🗑 Delete my data
profile-delete-question = <b>Delete your data?</b>

    Your consent to processing will be withdrawn, and your profile, roles and registrations will be deleted. This cannot be undone.
profile-delete-confirm = Yes, delete
profile-delete-keep = No, keep it
profile-deleted = Your data has been deleted and your consent withdrawn. To use the bot again, send /start.
profile-saved = ✅ Saved.
profile-unchanged = Changes cancelled.
profile-edit-left = Profile edit closed; nothing has changed.
language-ru = Русский
language-en = English

## Subjects
subject-primary = Primary school
subject-russian = Russian language
subject-literature = Literature
subject-native-language = Native language
subject-foreign-language = Foreign language
subject-math = Mathematics
subject-informatics = Computer science
subject-physics = Physics
subject-chemistry = Chemistry
subject-biology = Biology
subject-geography = Geography
subject-history = History
subject-social-studies = Social studies
subject-arts = Fine arts
subject-music = Music
subject-technology = Labour training (technology)
subject-physical-education = Physical education
subject-life-safety = Life safety (OBZR)
subject-special-education = Special education
subject-other = Other

## Roles
role-teacher = teacher
role-coordinator = coordinator
role-methodologist = methodologist
role-admin = administrator
invite-granted = You have been given the role: { $role }.
invite-already-held = You already have the role: { $role }.

## Main menu, help, settings
menu-main-title = <b>Main menu</b>
    Choose a section:
menu-profile = 👤 Profile
menu-settings = ⚙️ Settings
menu-admin = 🛠 Administration
menu-help = ❓ Help
help-intro = <b>❓ Help</b>
    <b>ProfRost</b> is a bot for the professional development of teachers in the Omsk Region: the events of the plans, signing up for them, and reminders.
help-teacher = <b>📅 Upcoming events</b>: seminars, courses and plan measures for you (by your municipality, school and subjects). Open an event to read about it and sign up.
    <b>Signing up</b>: the “Sign up” button on its card. When it is full you can join the waiting list: when a seat frees up, the bot signs you up and tells you; the card shows your place in the queue.
    <b>🎫 My registrations</b>: your sign-ups and queues, past events and attendance. You can cancel a sign-up there too, after confirming.
    <b>📋 Plans</b>: regional and municipal plans, with their measures, dates and executors.
    <b>👤 Profile</b>: your details, workplace, subjects and experience; “Delete my data” is there too.
help-coordinator = <b>For coordinators</b>: “👥 My teachers at events” shows what the teachers of your school or municipality signed up for, upcoming and past, listed by school.
help-events-staff = <b>For methodologists</b>: “➕ New event” and “🗂 My events” to create an event, change or cancel it, mark attendance and show the check-in code; the people signed up are told of changes.
help-plans-staff = <b>Plans</b>: “📥 Import a plan”: send the plan’s file (Word, PDF, Excel or text); the bot shows what it read and saves it once you confirm. A plan’s card lets you archive or delete it.
help-admin = <b>For administrators</b>: “🛠 Administration” holds invitations and roles, the directory of municipalities and schools, and teachers’ requests for schools missing from it.
help-commands = /menu — main menu · /settings — language, reminders, time zone and quiet hours · /start — start again · /help — this help
help-contact = Questions and help: { $contact }
help-contact-default = Questions and help: your school’s coordinator or your municipality’s methodologist.
settings-title = <b>⚙️ Settings</b>
    Language: { $language }
settings-choose-language = Choose your language:
settings-language-saved = ✅ Language changed.
unhandled-message = I understand buttons and commands. Open /menu or /help.
unhandled-not-registered = Hello! To get started, send /start.
group-write-privately = I only work in private chats: message me at @{ $bot }.

## Admin
admin-title = <b>🛠 Administration</b>
admin-new-invite = ✉️ New invitation
admin-invites = 📋 Invitations
admin-roles = 👥 Roles
admin-directory = 🏫 Directory
admin-school-requests = 🆕 School requests
school-requests-title = <b>🆕 School requests: { $count }</b>
    Teachers did not find their school in the directory. Open a request to add the school or dismiss the request.
school-requests-empty = <b>🆕 School requests</b>
    There are no open requests.
school-request-card = <b>School request</b>
    School: { $school }
    Municipality: { $municipality }
    From: { $requester }, { $date }
school-request-requester-gone = a teacher who deleted their data
school-request-add = ✅ Add the school
school-request-dismiss = ✖️ Dismiss
school-request-added = School added: { $school }.
school-request-dismissed = Request dismissed.
error-school-request-closed = This request has already been answered.
school-request-added-notice = 🏫 Your school is now in the directory: { $school }. It is set in your profile.
school-request-dismissed-notice = The school “{ $school }” was not added to the directory. Choose your school under “Profile → Workplace” or write to the administrator.
admin-cancelled = Cancelled, nothing has changed.
admin-invite-left = Invitation setup closed; nothing was saved.
admin-invite-ask-role = Which role will the invitation give?
admin-invite-ask-level = Where will the coordinator work?
admin-level-school = At a school
admin-level-municipality = In a municipality
admin-invite-ask-uses = How many people will be able to use the link?
admin-invite-ask-days = How many days will the link be valid?
admin-invite-line = { $role } · { $place } · used { $uses } of { $max } · until { $until }
admin-place-region = the whole region
admin-invite-created = ✅ Invitation created: { $summary }

    Send this link to the person you are giving the role to:
    { $link }
admin-invites-title = <b>Active invitations: { $count }</b>
admin-invites-empty = There are no active invitations.
admin-revoke-invite = ✖️ Revoke { $n }
admin-invite-revoked = Invitation revoked.
admin-revoke-invite-ask = Revoke this invitation?
    { $summary }
    { $link }

    The link will stop working. Roles already given through it stay.
admin-revoke-invite-confirm = ✖️ Yes, revoke
admin-roles-title = <b>Roles granted: { $count }</b>
admin-roles-empty = No roles have been granted yet. Create an invitation.
admin-revoke-role = ✖️ Remove { $n }
admin-role-revoked = Role removed.
admin-revoke-role-ask = Remove this role?
    { $grant }

    The person will be told.
admin-revoke-role-confirm = ✖️ Yes, remove
role-revoked-notice = An administrator has removed your role “{ $role }” ({ $place }). If this is a mistake, please contact the administrator.

## Directory
directory-title = <b>🏫 Directory</b>
    { $municipalities ->
        [one] { $municipalities } municipality
       *[other] { $municipalities } municipalities
    }, { $schools ->
        [one] { $schools } school
       *[other] { $schools } schools
    }. Open a municipality to see and edit its schools.
directory-empty = <b>🏫 Directory</b>
    The directory is empty. Add the first municipality.
directory-municipality-button = { $name } · { $schools }
directory-municipality-card = <b>{ $name }</b>
    Time zone: { $zone }
    { $schools ->
        [one] { $schools } school
       *[other] { $schools } schools
    }, { $people ->
        [one] { $people } person
       *[other] { $people } people
    }.
    { $schools ->
        [0] No schools yet: add the first one.
       *[other] Open a school to edit it.
    }
directory-school-card = <b>{ $name }</b>
    { $municipality }
    { $people ->
        [one] { $people } person
       *[other] { $people } people
    }.
directory-add-municipality = ➕ Add a municipality
directory-add-school = ➕ Add a school
directory-rename = ✏️ Rename
directory-merge = 🔀 Merge into…
directory-delete = 🗑 Delete
directory-delete-confirm = 🗑 Yes, delete
directory-deleted = Deleted.
directory-delete-ask = { $kind ->
        [school] Delete the school “{ $name }”?
       *[municipality] Delete the municipality “{ $name }”?
    } This cannot be undone.
directory-delete-refused = { $kind ->
        [school] The school “{ $name }” cannot be deleted: it still has
       *[municipality] The municipality “{ $name }” cannot be deleted: it still has
    }
    { $references }

    { $kind ->
        [school] If it is a duplicate, merge it into the right school: all of this moves there and the duplicate is deleted.
       *[municipality] If it is a duplicate, merge it into the right municipality: all of this moves there and the duplicate is deleted.
    }
directory-merge-pick-municipality = Merge into which municipality? Choose the one that stays:
directory-merge-pick-school = Merge into which school? Choose the one that stays, or type part of its name:
directory-merge-ask = Merge “{ $from }” into “{ $into }”?
    Moving to “{ $into }”:
    { $moves }

    { $kind ->
        [school] “{ $from }” will be deleted.
       *[municipality] Schools with the same name become one. “{ $from }” will be deleted.
    } This cannot be undone.
directory-merge-nothing = • nothing: the record is empty
directory-merge-confirm = 🔀 Merge
directory-merged = ✅ Merged: everything is now in “{ $name }”.
directory-n-schools = { $schools ->
        [one] { $schools } school
       *[other] { $schools } schools
    }
directory-n-people = { $people ->
        [one] { $people } person
       *[other] { $people } people
    }
directory-n-roles = { $roles ->
        [one] { $roles } role
       *[other] { $roles } roles
    }
directory-n-invites = { $invites ->
        [one] { $invites } active invitation
       *[other] { $invites } active invitations
    }
directory-n-events = { $events ->
        [one] { $events } event aimed here
       *[other] { $events } events aimed here
    }
directory-n-plans = { $plans ->
        [one] { $plans } plan
       *[other] { $plans } plans
    }
directory-n-requests = { $requests ->
        [one] { $requests } request to add a school
       *[other] { $requests } requests to add a school
    }
directory-ask-municipality-name = Type the name of the municipality:
directory-ask-school-name = Type the name of the new school in “{ $municipality }”:
directory-ask-new-name = Now: “{ $name }”. Type the new name:
directory-pick-municipality = Choose a municipality:
directory-pick-school = Choose a school or type part of its name:
directory-ask-timezone = Choose the municipality’s time zone:
directory-saved = ✅ Saved: “{ $name }”.
directory-edit-left = Directory edit closed; nothing has changed.
timezone-europe-kaliningrad = Kaliningrad
timezone-europe-moscow = Moscow
timezone-europe-samara = Samara
timezone-asia-yekaterinburg = Yekaterinburg
timezone-asia-omsk = Omsk
timezone-asia-novosibirsk = Novosibirsk
timezone-asia-krasnoyarsk = Krasnoyarsk
timezone-asia-irkutsk = Irkutsk
timezone-asia-yakutsk = Yakutsk
timezone-asia-vladivostok = Vladivostok
timezone-asia-magadan = Magadan
timezone-asia-kamchatka = Kamchatka

## Events: browse and sign up
menu-upcoming = 📅 Upcoming events
menu-my-registrations = 🎫 My registrations
events-range-all = All
events-range-week = 7 days
events-range-month = 30 days
events-filter-webinar = Webinars
events-filter-seminar = Seminars
events-filter-course = Courses
events-filter-contest = Contests
events-filter-conference = Conferences
events-filter-diagnostics = Diagnostics
events-filter-mentoring = Mentoring
events-upcoming-title = <b>📅 Coming up for you: { $count }</b>
events-upcoming-title-until = <b>📅 Coming up for you through { $until }: { $count }</b>
events-item-registered = you are signed up
events-item-waitlisted = you are on the waiting list
events-item-closed = registration closed
events-upcoming-empty = Nothing is planned yet. Check back later — I will tell you about new events.
events-upcoming-empty-filtered = Nothing matches this filter. See all events →
events-widen = Show all events
events-from-plan = from the plan
events-to-list = ‹ To the list
events-to-mine = ‹ To my registrations
events-mine-title = <b>🎫 My registrations</b>
events-mine-empty = You have not signed up for anything yet. See what is coming up →
events-mine-legend = <i>✅ signed up · ⏳ waiting list · ❌ event cancelled · ✔️ you attended · ▫️ attendance not marked</i>
events-mine-place = place in the queue: { $place }
events-mine-past = <b>Past:</b>
event-card-when = 🗓 { $when }
event-card-place = 📍 { $place }
event-card-link = 🔗 { $link }
event-card-link-after = 🔗 The link appears once you sign up
event-card-seats = 👥 Seats left: { $left } of { $capacity }
event-card-seats-none = 👥 No seats left
event-card-seats-none-waitlist = 👥 No seats left — you can join the waiting list
event-card-no-limit = 👥 No limit on seats
event-card-deadline = ⏳ Sign up by: { $when }
event-card-cancelled = ❌ This event is cancelled.
event-card-past = This event is over.
event-card-started = This event is under way.
event-card-closed = 🔒 Registration closed: { $when }. If you still need to take part, ask the organiser — { $organiser }.
event-card-see-others = Other events are in “Upcoming events”.
event-card-you-registered = ✅ You are signed up.
event-card-you-waitlisted = ⏳ You are on the waiting list, your place in the queue: { $place }.
event-card-not-for-you = This event is meant for another audience: you cannot sign up for it.
event-sign-up = ✍️ Sign up
event-join-waitlist = ⏳ Join the waiting list
event-cancel-registration = Cancel my registration
event-leave-waitlist = Leave the waiting list
event-leave-ask-registered = Cancel your registration for “{ $title }”, { $when }?
event-leave-ask-waitlisted = Leave the waiting list for “{ $title }”, { $when }? Your place in the queue is { $place }; if you join again, you will be at the end.
event-leave-warn-closed = ⚠️ Registration for this event is already closed: you will not be able to sign up again.
event-leave-warn-queue = ⚠️ There are no free seats and { $count ->
        [one] one person is
       *[other] { $count } people are
    } waiting: your seat goes to the first of them at once. You will not get it back, only a place at the end of the queue.
event-leave-yes-registered = Yes, cancel it
event-leave-yes-waitlisted = Yes, leave the waiting list
event-leave-no = No, keep it
event-leave-too-late = The event has already begun — the registration can no longer be cancelled.
event-read-description = 📖 Full description
event-other-events = 📅 Other events
event-add-to-calendar = 📅 Add to calendar (.ics)
event-ics-caption = Open the file to add the event to your calendar.
event-ics-organiser = Organiser: { $organiser }
event-ics-reminder = In an hour: { $title }
event-ics-unavailable = The event is cancelled or has already begun — no calendar file is needed.
event-toast-registered = You are signed up
event-toast-waitlisted = You are on the waiting list
event-toast-cancelled = Registration cancelled
event-toast-left-waitlist = You left the waiting list
event-registered-message = ✅ You are signed up for “{ $title }”.
    🗓 { $when }
    { $where }
event-waitlisted-message = ⏳ “{ $title }” is full — you are on the waiting list, your place in the queue: { $place }. If a seat frees up, I will tell you at once.
event-promoted = 🎉 A seat freed up: you are signed up for “{ $title }”.
    🗓 { $when }
    { $where }
    If you cannot come, give the seat to the next person with one tap.
event-give-back = Give up my seat
event-open-card = Open the event
event-attendance = ✔️ Mark attendance
event-coordinator-list = 👥 Sign-ups from my schools
event-attendance-title = <b>{ $title }</b>
    Signed up: { $count }. Tap a person to mark that they came.
event-attendance-empty = <b>{ $title }</b>
    Nobody has signed up yet.
event-marked-present = Marked present
event-marked-absent = Mark removed
event-check-in-code = 🔑 Check-in code
event-check-in-code-message = 🔑 Check-in code for “{ $title }”: <b>{ $code }</b>
    Show it to the participants: whoever sends this code to the bot during the event is marked present.
event-checked-in = ✅ You are marked present at “{ $title }”. Thank you!

## Plans: import
menu-plans = 📋 Plans
menu-plan-import = 📥 Import a plan
plan-import-howto = <b>Import a plan</b>
    Send the plan document to this chat: Word (.docx), a PDF with text, Excel (.xlsx), CSV or text (.txt), up to 5 MB. I will show what I found and save nothing until you tap “Save”.
plan-import-not-allowed = Only methodologists can import plans. If you are one, ask an administrator for an invitation.
plan-import-reading = ⏳ Reading “{ $file }”…
plan-error-empty = The file is empty. Please send the plan document.
plan-error-too-large = The file is larger than 5 MB. Send a smaller plan or split it.
plan-error-old-doc = This is the old Word format (.doc). Save the document as .docx or PDF and send it again.
plan-error-not-a-document = This does not look like a plan document. I read Word (.docx), PDF with text, Excel (.xlsx), CSV and text (.txt) files.
plan-error-unknown-encoding = I could not read the text encoding. Save the file as UTF-8 or Windows-1251.
plan-error-no-measures-table = I found no table of measures in the document (a table with columns for the number, the measure, its schedule and who is responsible).
plan-error-unpacked-too-large = The document is too large once unpacked: over 20 MB with its pictures and attachments. Remove what is not needed (pictures, appendices) or split the plan.
plan-error-too-many-lines = The document has over 10,000 lines, too many for one plan. Keep only the plan in it or split it.
plan-error-too-many-measures = The plan has over 2,000 measures. Split it into several plans and import them one by one.
plan-error-too-complex = The document is too complex: I could not read it in the time allowed. Save it again as a .docx without pictures or as text (.txt) and send it again.
plan-preview-file = Full preview: every measure and every remark.
plan-preview = <b>{ $title }</b>

    Sections: { $sections }
    Measures: { $measures }, with dates: { $dated }
    Remarks: { $warnings }
plan-preview-new = 🆕 This is a new plan: saving adds it as a whole.
plan-preview-update = 🔄 <b>This plan is already loaded</b> (saved { $saved }). Saving will add { $created } new measures, change { $updated }, archive { $removed } and leave { $unchanged } unchanged.
plan-preview-same = 🔄 <b>This plan is already loaded</b> (saved { $saved }), and nothing in the document has changed: there is nothing to save.
plan-preview-linked = ⚠️ Events are linked to measures that will change or be archived: { $numbers }. The events stay, but check them after saving.
plan-changed = ⚠️ <b>This plan was saved again while you were looking at the preview.</b> Nothing was saved, so that nobody's edits are overwritten. Below is what would change now; save if it is right.
plan-saving-status = ⏳ Saving the plan…
plan-save = 💾 Save
plan-cancel = ✖️ Cancel
plan-saving = Saving…
plan-saved = ✅ The plan “{ $title }” is saved.
    New measures: { $created }, changed: { $updated }, unchanged: { $unchanged }, archived: { $removed }.
plan-cancelled = Import cancelled, nothing was saved.
plan-preview-kind = Kind
plan-preview-schedule = Schedule
plan-preview-executors = Executors
plan-preview-result = Result
plan-cli-usage = Usage: npm run plan:import -- FILE [--dry-run] [--json] [--lang ru|en]
plan-cli-unreadable = Could not read the file { $file }.
plan-cli-summary = Sections: { $sections }, measures: { $measures }, with dates: { $dated }, remarks: { $warnings }.
plan-cli-saved = Saved: new { $created }, changed { $updated }, unchanged { $unchanged }, archived { $removed }.
# The territory a plan concerns, from its issuer; teachers see their municipality's and region's plans.
plan-territory = 🗺 Territory: { $name }
plan-territory-unknown = 🗺 Territory unknown: the plan is shown to everyone
plan-preview-territory-unknown = 🗺 Territory unknown: the document does not name its issuer. Once saved, the plan is shown to every teacher.
plan-preview-territory-not-found = 🗺 Territory unknown: the issuer's name (“{ $issuer }”) names no district or region of the directory. Once saved, the plan is shown to every teacher; if the territory exists, ask an administrator to add it to the directory and send the plan again.
measure-kind-webinar = webinar
measure-kind-seminar = seminar
measure-kind-course = course
measure-kind-contest = contest
measure-kind-conference = conference
measure-kind-diagnostics = diagnostics
measure-kind-mentoring = mentoring
measure-kind-report = report, monitoring
measure-kind-other = other
recurrence-weekly = weekly
recurrence-monthly = monthly
recurrence-quarterly = quarterly
recurrence-twice-yearly = twice a year
recurrence-yearly = yearly
plan-warning-numbering-gap = a gap in numbering: { $from } is followed by { $to }
plan-warning-numbering-repeat = number { $number } is repeated
plan-warning-number-not-numeric = “{ $text }” where a number belongs
plan-warning-empty-cell = an empty “{ $column ->
        [title] measure
        [schedule] schedule
        [executors] executors
       *[result] expected result
    }” cell
plan-warning-date-unreadable = the schedule “{ $text }” could not be turned into dates and is kept as text
plan-warning-row-unplaced = line { $line } belongs to no measure: “{ $text }”

## Plans: browsing
plans-title = <b>📋 Plans ({ $count })</b>
plans-pick = Tap a plan's number to open it.
plans-expired = ⌛ period over
plans-empty = There are no plans yet.
plans-all-measures = All measures ({ $count })
plans-plan-card = <b>{ $title }</b>
    { $source }

    Measures: { $count }. Choose a section:
plans-by-agreement = (by agreement)
plans-measure = <b>{ $number }.</b> { $title }
    📅 { $when } · <i>{ $kind }</i>
plans-open-measure = Tap a measure to read all of it: executors, dates, expected result.
plans-more-dates = and { $count } more
plans-measure-plan = 📋 { $plan }
plans-measure-section = Section { $number }. { $title }
plans-order-section = Deadlines from the order's text
plans-measure-schedule = 📅 Schedule: { $schedule }
plans-measure-dates = 🗓 Dates: { $dates }
plans-measure-executors = 👥 Executors: { $executors }
plans-measure-result = 🎯 Expected result: { $result }
plans-measure-audience = 🧑‍🏫 Target audience: { $audience }
plans-measure-document = 📄 Document: { $document }
plans-measure-archived = 🗄 This measure was removed from the plan when it was updated.
plans-no-measures = There are no measures in this section.
plans-make-event = ➕ Event from { $number }

## Events: manage
event-new-button = ➕ New event
event-manage-button = 🗂 My events
event-new-keep = ✔️ { $value }
event-new-skip = Skip
event-new-ask-title = <b>New event</b>
    What is it called? Send the title: 3 to { $max } characters.
event-new-from-plan = In the plan: “{ $value }”
event-new-ask-kind = What kind of event is it?
event-new-ask-kind-suggested = What kind of event is it? The dot marks the kind from the plan.
event-new-ask-description = Send a description: what the event is about and what to prepare ({ $max } characters at most). Or tap “Skip”.
event-edit-ask-title = What should the event be called now? Send the title (3 to { $max } characters), or tap ✔️ to keep the current one.
event-edit-ask-description = Send the new description ({ $max } characters at most). ✔️ keeps the current one, “🗑 No description” removes it.
event-edit-no-description = 🗑 No description
event-new-ask-start = When does it start? Send the date and time ({ $zone }), for example <code>{ $example }</code>. The year may be left out: <code>5.12 15:00</code> is the next 5 December.
event-new-start-plan-date = In the plan: { $schedule }. For example: <code>{ $example }</code>
event-new-start-plan-schedule = In the plan: { $schedule }.
event-new-ask-end = Starts: { $start }.
    How long will it last? Choose, or send the end time, for example <code>17:00</code>.
event-new-end-1h = 1 h
event-new-end-90m = 1.5 h
event-new-end-2h = 2 h
event-new-end-3h = 3 h
event-new-end-day = Full day
event-new-ask-place = Where will it take place? Send a link to the stream (https://…) or an address.
event-new-ask-organiser = Who organises it? Send the name of an organisation or a person, or choose below.
event-new-organiser-me = 👤 Me: { $name }
event-new-organiser-plan = 🏛 { $name }
event-new-rule-organiser = The organiser takes { $min } to { $max } characters.
event-new-ask-capacity = How many seats? Choose, or send a number from 1 to { $max }.
event-new-no-limit = No limit
event-new-ask-deadline = Starts: { $start }.
    Until when is sign-up open? Choose, or send a date, for example <code>3.12</code> or <code>3.12 18:00</code>.
event-new-deadline-start = Until the start
event-new-deadline-days = { $days ->
        [one] { $days } day before
       *[other] { $days } days before
    }
event-new-rule-deadline-past = That time has passed: sign-up has to close in the future.
event-new-rule-datetime = I could not read the date. Send the date and time like this: <code>{ $example }</code> (or without the year: <code>5.12 15:00</code>).
event-new-rule-end = I could not read the end. Send a time, for example <code>17:00</code>, or a date and time: <code>{ $example }</code>.
event-new-rule-deadline-format = I could not read the date. Send, for example, <code>{ $example }</code> or <code>{ $example } 18:00</code>.
event-new-rule-no-such-date = There is no such date or time in the calendar: check the day, the month and the hours.
event-new-ask-audience = Who is the event for? Tick conditions: people who meet all of them will see it. Nothing ticked means everyone.

    Now: { $audience }
event-new-audience-all = Everyone
event-new-audience-municipality = My municipality: { $name }
event-new-audience-young = Young teachers only
event-new-audience-subjects = 📚 Subjects: { $count ->
        [0] any
       *[other] { $count }
    }
event-new-ask-subjects = Teachers of which subjects? Nothing ticked means all of them. Ticked: { $count }.
event-new-preview = <b>Check the event.</b> This is how teachers will see it:
event-new-save = 💾 Save
event-new-edit = ✏️ Edit…
event-new-pick-field = What would you like to change?
event-new-field-title = Title
event-new-field-kind = Kind
event-new-field-description = Description
event-new-field-time = Time
event-new-field-place = Place
event-new-field-organiser = Organiser
event-organiser-anonymous = organiser not named
event-new-field-capacity = Seats
event-new-field-deadline = Sign-up until
event-new-field-audience = Audience
event-new-cancelled = The event was not created; nothing was saved.
event-new-left = Event draft closed; nothing was saved.
event-new-created = ✅ The event “{ $title }” is created.
    A link to share it: { $link }
event-manage-line-when = 🗓 { $when }
event-manage-line-place = 📍 { $place }
event-manage-line-link = 🔗 { $link }
event-manage-line-capacity = 👥 Seats: { $capacity }
event-manage-line-no-limit = 👥 No seat limit
event-manage-line-deadline = ⏳ Sign-up until: { $when }
event-manage-line-until-start = ⏳ Sign-up open until the start
event-manage-line-audience = 🎯 For: { $audience }
event-manage-audience-everyone = everyone
event-manage-audience-municipality = { $name }
event-manage-audience-subjects = subjects: { $subjects }
event-manage-audience-roles = roles: { $roles }
event-manage-audience-young = young teachers only
event-manage-seats = 📝 { $registered } of { $capacity } signed up, { $waitlisted } waiting
event-manage-is-cancelled = ❌ The event is cancelled.
event-manage-is-past = The event has begun or is over: it can no longer be changed.
event-manage-change-time = 🕒 Change time
event-manage-change-place = 📍 Place or link
event-manage-cancel = ❌ Cancel event
event-manage-to-list = ‹ To the list
event-manage-cancel-confirm = Cancel “{ $title }”? { $count ->
        [0] Nobody has signed up yet.
        [one] { $count } person will be told.
       *[other] { $count } people will be told.
    }
event-manage-cancel-yes = Yes, cancel the event
event-manage-cancel-no = ‹ No, go back
event-manage-cancelled = Event cancelled
event-manage-unchanged = Nothing has changed.
event-manage-left = Event change closed; nothing has changed.
event-manage-confirm-time = Move “{ $title }”?
    Was: { $before }
    Will be: { $after }
    { $count ->
        [0] Nobody is signed up or waiting, so nobody needs telling.
       *[other] Signed up and waiting: { $count }; each will get a message.
    }
event-manage-confirm-place = New place of “{ $title }”: { $where }
    { $count ->
        [0] Nobody is signed up or waiting, so nobody needs telling.
       *[other] Signed up and waiting: { $count }; each will get a message.
    }
event-manage-confirm-yes = ✅ Confirm
event-manage-time-changed = ✅ The time is changed.
event-manage-place-changed = ✅ The place is changed.
event-manage-told = { $count ->
        [0] Nobody has signed up: there is no one to tell.
        [one] The message is on its way to { $count } participant.
       *[other] The message is on its way to { $count } participants.
    }
event-manage-tell-time = 🕒 “{ $title }” has moved.
    Was: { $before }
    Now: { $after }
event-manage-tell-place = 📍 “{ $title }” ({ $when }) has a new place.
    Now: { $where }
event-manage-tell-link-later = online; the link will come once a seat is yours
event-manage-tell-cancel = ❌ “{ $title }” ({ $when }) is cancelled. Sorry for the trouble; see other events under “Upcoming events” in the menu.
error-event-place = An address takes 2 to 300 characters; for an online event send an https://… link.

## Events: staff (attendance, check-in, coordinators, editing)
error-event-link-long = The link is too long: 1,000 characters at most. Send a short meeting link.
error-event-capacity-below = Seats cannot be fewer than the people already signed up: { $registered }.
event-check-in-renew = 🔄 New code
event-check-in-renewed = A new code is issued: the old one no longer works.
event-check-in-too-many = Too many wrong codes. Try again in { $minutes } min.
event-check-in-not-registered = This is the code of “{ $title }”, but you are not signed up for it: only people signed up can check in.
event-check-in-no-match = The code did not match: no event running now has this code. Check the digits with the organiser.
menu-coordinator = 👥 My teachers at events
coordinator-events-up = Upcoming
coordinator-events-past = Past
coordinator-events-title-up = <b>👥 Where your teachers signed up</b>
    Events: { $count }. Open one to see the lists by school.
coordinator-events-title-past = <b>👥 Your teachers' past events</b>
    Events: { $count }. Open one to see who came.
coordinator-events-empty-up = Your teachers have not signed up for anything yet. Past events are under “Past”.
coordinator-events-empty-past = There are no past events your teachers signed up for.
coordinator-people-count = { $count ->
        [one] { $count } teacher
       *[other] { $count } teachers
    }
coordinator-no-school = School not given
coordinator-people-title = From your schools: { $count }
coordinator-legend = ✅ signed up · ⏳ on the waitlist
coordinator-legend-past = ✔️ came · ✅ signed up, not marked · ⏳ waited for a seat
coordinator-people-empty = Nobody from your schools is signed up now.
event-manage-seats-open = 📝 { $registered } signed up, no seat limit
event-manage-when-up = Upcoming
event-manage-when-past = Past
event-manage-whose-mine = Mine
event-manage-whose-all = All
event-manage-title-up = <b>🗂 Upcoming events: { $count }</b>
event-manage-title-past = <b>🗂 Past events: { $count }</b>
    Open an event to mark attendance.
event-manage-empty-up = There are no upcoming events. Create one →
event-manage-empty-past = There are no past events yet.
event-manage-edit = ✏️ Title, description, seats…
event-manage-edit-pick = What to change in “{ $title }”?
event-manage-edit-title = Title
event-manage-edit-description = Description
event-manage-edit-capacity = Seats
event-manage-edit-deadline = Sign-up until
event-manage-edit-audience = Audience
event-manage-capacity-min = { $registered } already signed up: seats cannot be fewer.
event-manage-saved = ✅ Saved.
event-manage-promoted = { $count ->
        [one] { $count } person from the waitlist got a seat and will be told.
       *[other] { $count } people from the waitlist got a seat; each will be told.
    }
event-manage-deadline-moves = ⏳ Sign-up until: was { $before }, will be { $after }.
event-manage-tell-time-deadline = 🕒 “{ $title }” has moved.
    Was: { $before }
    Now: { $after }
    Sign-up until: { $deadline }
event-new-audience-place = 📍 Another municipality or a school…
event-new-place-municipality = Which municipality is the event for? Choose one or type part of its name, in Russian as the list writes it.
event-new-place-anywhere = 🌍 Anywhere
event-new-place-school = <b>{ $name }</b>: the whole municipality or one school? Choose or type part of the school's name.
event-new-place-whole = The whole municipality
event-new-place-found = Found for “{ $query }”: { $count }.
event-new-place-none = Nothing found for “{ $query }”. The names are in Russian: try the first letters as the list writes them.

## Announcements: the author's status message
broadcast-status-scheduled = 📣 <b>Announcement #{ $id }</b> is scheduled.
broadcast-status-sending = 📣 <b>Announcement #{ $id }</b> is being sent.
broadcast-status-done = 📣 <b>Announcement #{ $id }</b> has been sent.
broadcast-status-stopped = 📣 <b>Announcement #{ $id }</b> was stopped.
broadcast-status-cancelled = 📣 <b>Announcement #{ $id }</b> was cancelled before it began.
broadcast-status-recipients = 👥 Recipients: { $count }
broadcast-status-sent = ✅ Delivered: { $count }
broadcast-status-blocked = ⛔ Blocked the bot: { $count }
broadcast-status-failed = ⚠️ Not delivered: { $count }
broadcast-status-unknown = ❔ Unknown (the bot restarted while sending): { $count }
broadcast-status-cancelled-rows = ⏹ Not sent (stopped): { $count }
broadcast-status-left = ⏳ Left: { $count }{ $minutes ->
        [0] {""}
       *[other] , about { $minutes } min
    }
broadcast-status-left-soon = ⏳ Left: { $count }, under a minute
broadcast-status-morning = 🌙 Waiting for the morning in the recipient's time zone: { $count }
broadcast-button-stop = ⏹ Stop
broadcast-button-missed = 📄 Who did not get it
broadcast-button-history = 📣 Announcements
broadcast-button-open = Open
broadcast-finished = 📣 Announcement #{ $id } has been sent: delivered to { $sent } of { $recipients }{ $missed ->
        [0] .
       *[other] ; { $missed } did not get it.
    }

## Announcements: history and muting
broadcast-history-title = 📣 <b>Announcements</b>: { $count }
broadcast-history-empty = 📣 No announcements yet.
broadcast-history-card-title = 📣 <b>Announcement #{ $id }</b>
broadcast-history-status-scheduled = 🕓 scheduled
broadcast-history-status-sending = 📤 being sent
broadcast-history-status-done = ✅ sent
broadcast-history-status-stopped = ⏹ stopped
broadcast-history-status-cancelled = ❌ cancelled
broadcast-history-urgent = ⚡ Urgent
broadcast-history-photo = 🖼 Photo
broadcast-history-document = 📄 Document
broadcast-history-audience = 👥 For: { $who }
broadcast-history-audience-everyone = everyone
broadcast-history-audience-places = { $names }
broadcast-history-audience-more = and { $count } more
broadcast-history-audience-roles = roles: { $roles }
broadcast-history-audience-subjects = subjects: { $subjects }
broadcast-history-audience-young = young teachers only
broadcast-history-audience-registered = signed up for “{ $event }”
broadcast-history-audience-attended = came to “{ $event }”
broadcast-history-author = ✍️ Author: { $name }
broadcast-history-author-gone = account deleted
broadcast-history-created = 🕓 Created: { $when }
broadcast-history-scheduled = 📅 Scheduled for: { $when }
broadcast-history-started = ▶️ Started: { $when }
broadcast-history-finished = 🏁 Finished: { $when }
broadcast-history-back = ‹ To the list
broadcast-mute-done = 🔕 Turned off
broadcast-mute-undone = 🔔 Turned on again
broadcast-mute-muted-regional = 🔕 You will no longer get the region’s announcements. You can turn them back on in /settings.
broadcast-mute-muted-municipal = 🔕 You will no longer get your municipality’s announcements. You can turn them back on in /settings.
broadcast-mute-undo = ↩️ Undo
broadcast-mute-unmuted-regional = 🔔 You will get the region’s announcements again.
broadcast-mute-unmuted-municipal = 🔔 You will get your municipality’s announcements again.
settings-announcements-about = 📣 <b>Announcements</b>: the region’s come from the region’s methodologists, your municipality’s from the coordinators of your municipality and school. Turn off the ones you do not want.
settings-announcements-regional = 📣 Region’s announcements: { $state ->
        [on] on
       *[off] off
    }
settings-announcements-municipal = 📣 Municipality’s announcements: { $state ->
        [on] on
       *[off] off
    }

## Announcements: composing and sending
broadcast-menu = 📣 Announcements
broadcast-home-regional = 📣 <b>Announcements</b>

    Write to the teachers of the region, or only to some of them: by municipality, school, subject, role, young teachers, or the people of an event.
broadcast-home-municipal = 📣 <b>Announcements</b>

    Write to the teachers of your municipality or school, or only to some of them.
broadcast-new = ✍️ New announcement
broadcast-history = 📜 History
broadcast-left = The announcement was not sent.
broadcast-cancelled = Announcement cancelled: nothing was sent.
broadcast-ask-content = Send the announcement as one message: text with any formatting, or one photo or one document with a caption (up to { $max } characters). Recipients get it exactly as you send it.
copy-unsupported = This kind of message can’t be sent as an announcement (a sticker, a voice note, a video…). Send text, one photo or one document.
copy-empty = The message is empty. Send the text of the announcement.
copy-caption-too-long = The caption is too long: Telegram allows { $max } characters under a photo or document. Shorten it, or send the text as a message without a file.
copy-album = An album can’t be sent as one announcement. Send one photo or one document.
broadcast-ask-buttons = Add buttons under the announcement? Tap a button again to remove it.
broadcast-buttons-event = ➕ Sign-up for an event
broadcast-buttons-event-set = ✅ Sign-up: { $title }
broadcast-buttons-link = ➕ Link
broadcast-buttons-link-set = ✅ Link: { $label }
broadcast-pick-signup-event = Which event should the button open? Choose one or type part of its title.
broadcast-no-events = There are no events to choose from.
broadcast-ask-link-url = Send the link the button opens (https://…).
broadcast-ask-link-label = The link: { $url }
    Now the button’s text, up to { $max } characters.
broadcast-link-invalid = This link won’t work: send an https:// address.
broadcast-link-label-invalid = The button’s text takes 1 to { $max } characters.
broadcast-button-signup = ✍️ Sign up for the event
broadcast-button-mute = 🔕 Don’t send me such announcements
broadcast-ask-audience = Who gets the announcement? Tick conditions: people who meet all of them get it. Nothing ticked means everyone.

    Now: { $audience }
broadcast-reach = 👥 { $recipients ->
        [one] { $recipients } recipient
       *[other] { $recipients } recipients
    }
broadcast-reach-left-out = left out: { $who }
broadcast-reach-blocked = { $count } blocked the bot
broadcast-reach-muted = { $count } muted announcements
broadcast-audience-all-mine = Everyone in my scope
broadcast-audience-place = 📍 Municipality or school…
broadcast-audience-event = 🎫 People of an event…
broadcast-audience-registered = signed up for “{ $title }”
broadcast-audience-attended = came to “{ $title }”
broadcast-audience-in-scope = only your municipality or school
broadcast-audience-empty = Nobody would get it: no one matches this audience{ $blocked ->
        [0] {""}
       *[other] , { $blocked } blocked the bot
    }{ $muted ->
        [0] {""}
       *[other] , { $muted } muted announcements
    }. Change the audience.
broadcast-place-question = Which municipality? Choose one or type part of its name.
broadcast-place-anywhere = 🌍 The whole region
broadcast-pick-audience-event = The people of which event? Choose one or type part of its title.
broadcast-ask-event-who = “{ $title }”: who gets the announcement?
broadcast-event-registered = Signed up
broadcast-event-attended = Came
broadcast-confirm = 👆 This is how recipients will see the announcement.

    <b>For:</b> { $audience }
broadcast-urgent-note-off = 🌙 Quiet hours hold: during a recipient’s quiet hours ({ $hours } in their zone, unless they chose others) it waits until they end.
broadcast-urgent-note-paid = 🚨 Urgent: it goes at once, at night too, as a paid broadcast (up to 1,000 messages a second, paid in Telegram Stars).
broadcast-urgent-note-free = 🚨 Urgent: it goes at once, at night too. Paid broadcasts are off in this bot, so it goes at the usual rate.
broadcast-send-now = 📤 Send now
broadcast-schedule = 🕒 Schedule…
broadcast-urgent-off = 🚨 Urgent: off
broadcast-urgent-on = 🚨 Urgent: on
broadcast-change-audience = 👥 Change the audience
broadcast-ask-schedule = When should it go? Type the date and time in your zone ({ $zone }), for example { $example }.
broadcast-schedule-format = I couldn’t read the date. Type it like { $example }.
broadcast-schedule-no-such-date = There is no such date or time. Type it like { $example }.
broadcast-schedule-past = That time has passed. Choose a time ahead.
broadcast-scheduled-for = 🕒 Goes out: { $when }
broadcast-button-cancel-scheduled = ✖️ Cancel the announcement
broadcast-already-over = This announcement has already finished.
broadcast-stop-ask = Stop announcement #{ $id }? { $count ->
        [one] { $count } message not yet sent will not be sent.
       *[other] { $count } messages not yet sent will not be sent.
    }
broadcast-cancel-ask = Cancel announcement #{ $id }? Nobody will get it.
broadcast-stop-yes = ⏹ Yes, stop
broadcast-cancel-yes = ✖️ Yes, cancel
broadcast-stop-no = No
broadcast-stop-kept = Announcement #{ $id } goes on.
broadcast-stopped = ⏹ Announcement #{ $id } stopped: { $count } not sent.
broadcast-cancelled-scheduled = ✖️ Announcement #{ $id } cancelled: nobody got it.
broadcast-missed-none = Everyone got it: no one is missing.
broadcast-missed-caption = Announcement #{ $id }: { $count } did not get it.
broadcast-missed-name = Name
broadcast-missed-municipality = Municipality
broadcast-missed-school = School
broadcast-missed-status = Status
broadcast-missed-error = Error
broadcast-missed-blocked = blocked the bot
broadcast-missed-failed = not delivered
broadcast-missed-expired = expired
broadcast-missed-unknown = unknown (the bot restarted while sending)

## Nudges: reminders the bot sends on its own
nudge-event-day = ⏰ Tomorrow: “{ $title }”
    🗓 { $when }
    { $where }
nudge-event-hour = ⏰ In an hour: “{ $title }”
    🗓 { $when }
    { $where }
nudge-registration-closing = 📝 Sign-up for “{ $title }” closes tomorrow: { $deadline }.
    🗓 The event: { $when }
nudge-low-sign-up = 📉 “{ $title }” is in three days ({ $when }), and only { $taken } of { $capacity } seats are taken. Perhaps tell your teachers about it?
nudge-weekly-digest = 🗓 Events for you this week:
    { $list }
nudge-open-upcoming = 🗓 Upcoming
nudge-button-mute = 🔕 Mute these reminders

## Settings: reminders
settings-nudge-menu = 🔔 Reminders
settings-nudge-title = 🔔 <b>Reminders</b>
    The bot reminds you of events and deadlines on its own. ✅ — reminders come, 🔕 — turned off; tap to switch. The weekly digest comes on Monday morning, only if you turn it on.
settings-nudge-switch = { $state ->
        [on] ✅
       *[off] 🔕
    } { $kind }
settings-nudge-event-day = A day before an event
settings-nudge-event-hour = An hour before an event
settings-nudge-registration-closing = Sign-up closing
settings-nudge-low-sign-up = Few sign-ups for an event
settings-nudge-plan-deadline = Deadlines of plan measures
settings-nudge-weekly-digest = Weekly digest (opt-in)
settings-nudge-muted-toast = 🔕 Turned off
settings-nudge-muted = 🔕 Reminders of this kind are off. /settings → Reminders turns them back on.
settings-nudge-undo = ↩️ Undo
settings-nudge-unmuted-toast = 🔔 Turned on
settings-nudge-unmuted = 🔔 Reminders of this kind are back on.
settings-zone-menu = 🕒 Time zone
settings-zone-title = 🕒 <b>Time zone</b>: { $zone } { $source ->
        [own] (chosen by you)
       *[municipality] (your municipality’s)
    }
    Reminders and quiet hours follow it. Choose your zone, or “as my municipality”.
settings-zone-municipality = 🏫 As my municipality ({ $zone })
settings-quiet-menu = 🌙 Quiet hours
settings-quiet-title = 🌙 <b>Quiet hours</b>: { $hours } { $source ->
        [own] (yours)
       *[default] (the bot’s default)
    }
    Then the bot sends nothing on its own: reminders and announcements wait for their end (in your time zone). Choose an option or set your own hours.
settings-quiet-off = none
settings-quiet-none = No quiet hours
settings-quiet-type = ⌨️ My own hours…
settings-quiet-default = The bot’s default ({ $hours })
settings-quiet-ask = Send your quiet hours — from when until when, for example: 22:30-07:00
settings-quiet-invalid = ⚠️ I could not read that time. Send two times with a dash, for example 22:30-07:00 (hours 0 to 23, minutes 00 to 59).
settings-quiet-saved = ✅ Quiet hours: { $hours }
settings-quiet-left = Quiet hours unchanged.

## Plans: deadline nudges
plan-deadline-nudge = { $left ->
        [week] 📌 A plan deadline in a week: <b>{ $deadline }</b>
        [day] 📌 A plan deadline tomorrow: <b>{ $deadline }</b>
       *[again] ⏰ Reminder: a plan deadline on <b>{ $deadline }</b>
    }
    { $measure }
    📋 Plan: { $plan }
    🏫 Executor: { $place }
plan-deadline-button-done = ✅ Done
plan-deadline-button-later = ⏰ Remind me tomorrow
plan-deadline-done = ✅ Marked as done: no more reminders of this deadline.
plan-deadline-already-done = This deadline is already marked as done.
plan-deadline-queued = ⏰ All right, I’ll remind you tomorrow.
plan-deadline-too-late = By tomorrow the deadline will have passed: no reminder set.
plan-deadline-unlinked-button = 🔗 Unlinked executors: { $count }
plan-deadline-unlinked-title = <b>Unlinked executors</b> of “{ $plan }”: { $count }
    The directory does not know them, so no coordinator is reminded of their deadlines.
plan-deadline-unlinked-pick = Tap an executor to link it to a school or to a municipality’s education body.
plan-deadline-unlinked-none = Every executor of “{ $plan }” is linked to the directory or to the plan’s territory.
plan-deadline-link-municipality = Executor: <b>{ $executor }</b>
    Choose the municipality:
plan-deadline-link-place = Executor: <b>{ $executor }</b>
    Is it the education body of “{ $municipality }” or one of its schools?
plan-deadline-link-body = 🏛 Education body: { $municipality }
plan-deadline-body-of = the education body of { $municipality }
plan-deadline-linked-answer = 🔗 Linked
plan-deadline-linked = 🔗 “{ $executor }” → { $place }. Its coordinators will be reminded of its deadlines.

## Diagnostics: taking and results
diagnostics-take-menu = 🧭 Self-diagnosis
diagnostics-take-list-title = <b>🧭 Self-diagnosis of professional deficits</b>
    Choose a questionnaire: answers are saved as you go, and you can stop at any moment.
diagnostics-take-list-empty = <b>🧭 Self-diagnosis</b>
    There are no open questionnaires for you now. When a methodologist publishes one, it appears here.
diagnostics-take-state-not-started = not started
diagnostics-take-state-in-progress = { $answered } of { $total } answered
diagnostics-take-state-done = done on { $date }
diagnostics-take-state-retake-from = done on { $date }, retake from { $from }
diagnostics-take-due = due { $date }
diagnostics-take-question = <b>{ $area }</b> · { $index } / { $total }

    { $statement }
diagnostics-take-back = ‹ Back
diagnostics-take-pause = ⏸ Pause
diagnostics-take-paused = ⏸ Paused. All your answers are saved.
    To go on, tap “Continue” or open /menu → “🧭 Self-diagnosis”: it continues at the first unanswered question.
diagnostics-take-continue = ▶️ Continue
diagnostics-take-to-list = ‹ To questionnaires
diagnostics-take-outdated = This button is outdated — nothing was changed.
diagnostics-take-closed = The questionnaire is closed: it no longer takes answers. Your answers are kept.
diagnostics-take-not-found = Questionnaire not found: it may have been withdrawn or is not meant for you.
diagnostics-take-too-early = You can take it again from { $date }.
diagnostics-results-title = <b>Results: { $title }</b>
    Done on { $date }.
diagnostics-results-area = { $area }: <b>{ $score } %</b>
diagnostics-results-area-change = { $area }: <b>{ $score } %</b> ({ $change })
diagnostics-results-change-since = In brackets, the change since last time ({ $date }).
diagnostics-results-deficits = <b>Deficits</b> (under { $threshold } %): { $areas }.
diagnostics-results-no-deficits = No deficits: every area is at { $threshold } % or above.
diagnostics-results-retake-from = You can take it again from { $date }.
diagnostics-results-retake = 🔁 Take it again
diagnostics-results-chart-caption = 📊 { $title }

## Diagnostics: questionnaires
diagnostics-manage-button = 🧭 Questionnaires
diagnostics-manage-list-title = <b>🧭 Self-assessment questionnaires</b>
diagnostics-manage-list-empty = No questionnaires yet.
diagnostics-manage-list-item = { $status } <b>{ $title }</b>
    Due: { $due } · in progress: { $inProgress } · finished: { $finished }
diagnostics-manage-list-hint = To add a questionnaire, send a .yaml, .yml or .json file. The format is described in docs/questionnaire-format.md.
diagnostics-manage-status-draft = 📝 draft
diagnostics-manage-status-published = 🟢 published
diagnostics-manage-status-closed = ⛔ closed
diagnostics-manage-no-due = none
diagnostics-manage-card = <b>{ $title }</b> (<code>{ $key }</code>)
    Status: { $status }
    Areas: { $areas }
    Questions: { $questions }
    For: { $audience }
    Due: { $due }
    In progress: { $inProgress } · Finished: { $finished }
diagnostics-manage-publish = 🟢 Publish
diagnostics-manage-close = ⛔ Close
diagnostics-manage-due = 📅 Due date…
diagnostics-manage-audience = 👥 Audience…
diagnostics-manage-back = ‹ Questionnaires
diagnostics-manage-menu = ‹ Menu
diagnostics-manage-published = The questionnaire is published
diagnostics-manage-closed = The questionnaire is closed: no more answers, the results are kept
diagnostics-manage-refused-not-found = Questionnaire not found.
diagnostics-manage-refused-not-draft = A questionnaire with this id is already { $status }: its questions do not change.
diagnostics-manage-refused-due-passed = That date has passed. Give one ahead.
diagnostics-manage-ask-due = By what day should it be taken? For example "20.12.2026" (to the end of the day) or "20.12.2026 18:00". Time: { $zone }.
diagnostics-manage-due-none = No due date
diagnostics-manage-due-format = I could not read the date. Write, for example, "20.12.2026" or "20.12.2026 18:00".
diagnostics-manage-due-set = ✅ Due: { $due }
diagnostics-manage-due-cleared = ✅ The due date is removed.
diagnostics-manage-audience-set = ✅ The questionnaire's audience is saved.
diagnostics-manage-unchanged = Nothing changed.
diagnostics-manage-left = Questionnaire settings interrupted; nothing changed.
diagnostics-file-errors = ❌ { $file }: { $count ->
        [one] { $count } error
       *[other] { $count } errors
    }, nothing saved:
    { $list }
diagnostics-file-more = … and { $count } more
diagnostics-file-line = line { $line }
diagnostics-file-too-large = The file is over 1 MB.
diagnostics-file-not-utf8 = The file is not UTF-8 text: save it as UTF-8 and send it again.
diagnostics-file-empty = The file is empty.
diagnostics-file-not-object = This is not a questionnaire: its top level must have the fields id, title, areas, questions…
diagnostics-file-issue-duplicate-area = the area id “{ $id }” is already used above
diagnostics-file-issue-duplicate-question = the question id “{ $id }” is already used above
diagnostics-file-issue-duplicate-option = the option id “{ $id }” is repeated
diagnostics-file-issue-unknown-area = there is no area “{ $id }” in areas
diagnostics-file-issue-no-options = question “{ $id }” has no options, and the file has no scale
diagnostics-file-issue-empty-area = area “{ $id }” has no questions
diagnostics-file-issue-id-format = an id is 1 to 40 lowercase Latin letters, digits, “-” or “_”
diagnostics-file-issue-yaml-indent = wrong indentation: lines of one level must start with the same number of spaces
diagnostics-file-issue-yaml-tab = indented with a tab: YAML indents with spaces
diagnostics-file-issue-yaml-duplicate-key = the same field is given twice
diagnostics-file-issue-yaml-missing-char = a closing bracket or quote is missing
diagnostics-file-issue-yaml-syntax = a YAML syntax error: check the indentation, colons and quotes
diagnostics-file-refused = ❌ Not saved: { $status } Upload the questionnaire with another id (now <code>{ $key }</code>).
diagnostics-file-saved = ✅ Questionnaire "{ $title }" ({ $questions } questions) saved as a draft. Check its due date and audience, then publish it.
diagnostics-file-replaced = ✅ Draft "{ $title }" ({ $questions } questions) replaced with the new version.
nudge-questionnaire-due = 🧭 { $days ->
        [one] { $days } day
       *[other] { $days } days
    } left to take the questionnaire "{ $title }".
    Due: { $due }
nudge-questionnaire-due-open = 🧭 Open the questionnaire
settings-nudge-questionnaire-due = Questionnaire due dates

## Diagnostics: results for staff
diagnostics-aggregate-menu = 📊 Self-diagnosis results
diagnostics-aggregate-list-title = <b>📊 Self-diagnosis results</b>
    Choose a questionnaire. You see numbers of groups only, never a person's answers or name; a group where fewer than 5 took it is not shown.
diagnostics-aggregate-list-empty = <b>📊 Self-diagnosis results</b>
    No questionnaire has been published yet.
diagnostics-aggregate-title = <b>📊 { $title }</b>
diagnostics-aggregate-region-hint = The region by municipality; open one to see its numbers and its schools.
diagnostics-aggregate-own-hint = Your schools and municipalities; open one to see its numbers.
diagnostics-aggregate-region = Whole region
diagnostics-aggregate-row = • { $name }: { $people } took it
diagnostics-aggregate-row-hidden = • { $name }: fewer than 5 took it
diagnostics-aggregate-nobody = Nobody has finished it yet.
diagnostics-aggregate-group-title = <b>📊 { $title }</b>
    { $group }
diagnostics-aggregate-hidden = Fewer than 5 took it: not shown, to protect privacy.
diagnostics-aggregate-took = Took it: <b>{ $people }</b> (each person's latest result counts).
diagnostics-aggregate-legend = Average per area, then the share of people with a deficit there (under { $threshold } %):
diagnostics-aggregate-area = <b>{ $area }</b>: { $average } % · deficit { $share } %
diagnostics-aggregate-area-change = <b>{ $area }</b>: { $average } % · deficit { $share } % · { $change }
diagnostics-aggregate-change-legend = The last figure is the change between the last two rounds: each person's latest result against their previous one, in percentage points, averaged over those who took it twice ({ $people }).
diagnostics-aggregate-change-hidden = Change between rounds: fewer than 5 took it twice, so it is not shown.
diagnostics-aggregate-schools = <b>By school</b>
diagnostics-aggregate-chart = 📈 Chart
diagnostics-aggregate-chart-caption = 📊 { $title } — { $group } (people: { $people })
diagnostics-aggregate-back = ‹ Back
diagnostics-aggregate-to-list = ‹ To questionnaires
diagnostics-aggregate-not-found = Not found: the questionnaire or the place may have been removed.
diagnostics-aggregate-row-subtraction = • { $name }: not shown, to protect privacy
diagnostics-aggregate-hidden-subtraction = Not shown, to protect privacy: beside the other numbers here, these would give away the results of fewer than 5 people.
diagnostics-aggregate-change-hidden-subtraction = Change between rounds: not shown, to protect privacy (beside the other numbers here it would give away fewer than 5 people).

## Diagnostics: route
diagnostics-route-open = 🧭 My route
diagnostics-route-proposal-title = <b>🧭 Individual route</b>
    The next events and plan measures of your area for each deficit. Sign up for events (the button opens the card) and save the route.
diagnostics-route-no-deficits = No deficits — there is nothing to build a route for.
diagnostics-route-area-empty = Nothing coming up for this area yet.
diagnostics-route-from-plan = (plan)
diagnostics-route-save = 💾 Save route
diagnostics-route-saved = Route saved
diagnostics-route-none = You have no saved route.
diagnostics-route-title = <b>🧭 My route</b>
    Saved on { $date }.
diagnostics-route-legend = ✅ attended · 📝 signed up · ⏳ waiting list · ❌ missed · ▫️ not signed up · 🚫 cancelled · 🗓 planned · ▪️ past
diagnostics-route-docx = 📄 Word (.docx)
diagnostics-route-ics = 📅 Calendar (.ics)
diagnostics-route-docx-file = route.docx
diagnostics-route-docx-caption = 📄 Individual professional development route
diagnostics-route-ics-caption = 📅 The route's events: open the file to add them to your calendar.
diagnostics-route-ics-empty = The route has no dated items.
diagnostics-route-docx-heading = Teacher's individual professional development route
diagnostics-route-docx-teacher = Teacher: { $name }
diagnostics-route-docx-school = School: { $school }
diagnostics-route-docx-municipality = Municipality: { $municipality }
diagnostics-route-docx-period = Period: { $period }
diagnostics-route-docx-none = —
diagnostics-route-docx-col-deficit = Deficit
diagnostics-route-docx-col-goal = Goal
diagnostics-route-docx-col-form = Form of work
diagnostics-route-docx-col-activity = Event or measure
diagnostics-route-docx-col-dates = Dates
diagnostics-route-docx-col-result = Result
diagnostics-route-docx-goal = Overcome the deficit: { $area }
diagnostics-route-docx-result-attended = Attendance confirmed
diagnostics-route-docx-result-signed-up = Signed up
nudge-route-item-soon = 🧭 Tomorrow, an event of your route: "{ $title }"
    🗓 { $when }
    You have not signed up yet.
nudge-route-item-soon-open = Open the event
settings-nudge-route-item-soon = Events of my route

## Events: audience from the plan
event-plan-audience-wording = 📋 Target audience in the plan: “{ $wording }”
event-plan-audience-ticked = The ticks on the buttons below follow the plan: please check them.
event-plan-audience-unexpressed = No tick expresses { $groups }. Mention them in the description if it matters.
event-plan-audience-heads = Heads of schools and their deputies cannot be chosen as such; the closest is the coordinator role.

## Plans: managing (archive, delete, where a plan came from)
plans-period-year = { $year }
plans-period-years = { $first }–{ $last }
plans-archive-open = 🗄 Archive ({ $count })
plans-archive-title = <b>🗄 Archived plans ({ $count })</b>
plans-archive-empty = There are no archived plans.
plans-none-current = There are no current plans. Earlier ones are in the archive: the button is below.
plans-imported = 📥 Imported { $date }
plans-imported-updated = 📥 Imported { $first }, updated { $date }
plans-footprint = 📊 Dated: { $dated } of { $measures } · events made from it: { $events }
plans-archived-since = 🗄 Archived since { $date }
plans-archive = 🗄 Archive
plans-restore = ↩️ Bring back from the archive
plans-delete = 🗑 Delete
plans-ask-no = ‹ No, go back
plans-archive-ask = 🗄 Archive the plan “{ $title }”?
    It stays in the “Archive” list and opens as before, but coordinators will no longer get reminders of its deadlines, and no events can be made from its measures.
    You can bring it back from the archive at any time.
plans-archive-yes = 🗄 Yes, archive it
plans-archived-done = The plan is archived
plans-already-archived = The plan is already archived
plans-restored-done = The plan is current again: reminders of its deadlines will resume
plans-not-archived = The plan isn’t archived
plans-delete-ask = 🗑 Delete the plan “{ $title }”?
    Its sections and measures ({ $measures }) will be deleted with it.
plans-delete-events = { $count ->
        [0] • No events were made from the plan’s measures.
        [one] • { $count } event made from the plan’s measures will stay, but will no longer be linked to the plan.
       *[other] • { $count } events made from the plan’s measures will stay, but will no longer be linked to the plan.
    }
plans-delete-done-marks = { $count ->
        [0] • Coordinators have marked nothing “done”.
       *[other] • Coordinators’ “done” marks ({ $count }) will be deleted.
    }
plans-delete-route-items = • Items from this plan in teachers’ saved routes ({ $count }) will stay, but will show as cancelled.
plans-delete-final = This cannot be undone.
plans-delete-final-or-archive = This cannot be undone. If the plan is simply no longer in force, archive it instead: it stays readable.
plans-delete-yes = 🗑 Yes, delete the plan
plans-deleted = { $events ->
        [0] The plan is deleted.
        [one] The plan is deleted. { $events } event made from its measures stays, no longer linked to it.
       *[other] The plan is deleted. { $events } events made from its measures stay, no longer linked to it.
    }
plans-gone = This plan is no longer there: it may have been deleted.
plans-measure-plan-archived = 🗄 The plan is archived: no reminders of its deadlines, and no events are made from it.

## Plans: remarks on a document
plan-preview-remarks-first = ⚠️ <b>Check in the document</b> ({ $count }):
plan-preview-remarks-more = … and { $count } more in the preview file.
plan-preview-remarks-rest = ℹ️ The rest:
plan-preview-unmatched = executors not in the directory: { $count } — their coordinators get no deadline reminders until you link them to a school or a district (after saving, on the plan's card): { $names }
plan-preview-unmatched-more = … and { $count } more in the preview file
plan-preview-changed-numbers = ✏️ To change: { $numbers }
plan-preview-removed-numbers = 🗄 To archive (no longer in the document): { $numbers }
plan-close = ✖️ Close
plan-preview-archived = 🗄 This plan is in the archive now: saving brings it back.
plan-preview-obligations = Deadlines from the order's text: { $count }
plan-preview-audience = Target audience
plan-preview-document = Document
plan-preview-obligations-title = Deadlines from the order's text
plan-remarks-undated = { $reason ->
        [as-needed] “as needed”
        [on-request] “on request”
        [by-schedule] “by the timetable”
        [by-plan] “by the plan”
       *[ongoing] “ongoing”
    }: { $count ->
        [one] { $count } measure has
       *[other] { $count } measures have
    } no dates — the document names none, and the bot does not make them up: { $numbers }
plan-remarks-unreadable = { $count ->
        [one] { $count } schedule
       *[other] { $count } schedules
    } could not be turned into dates and are kept as text: { $numbers }
plan-remarks-empty-cell = an empty “{ $column ->
        [title] measure
        [schedule] schedule
        [executors] executors
       *[result] expected result
    }” cell in { $count ->
        [one] { $count } measure
       *[other] { $count } measures
    }: { $numbers }
plan-warning-numbers-assigned = the table has no number column: measures were numbered in order, 1 to { $count }
plan-warning-schedule-undated = the schedule “{ $text }” names no dates and was left undated

## Plans: file formats
plan-error-old-xls = This is the old Excel format (.xls). Save the workbook as .xlsx and send it again.
plan-error-no-text-layer = This PDF is a scan: it holds only pictures of the pages, with no text layer, so I cannot read a plan from it. Please send the original Word or Excel file, or a PDF saved from Word (File → Save As → PDF).
plan-error-pdf-encrypted = This PDF is protected by a password, so I cannot open it. Remove the protection or send the original Word or Excel file.
plan-error-too-many-pages = The PDF has over 300 pages, too many for one plan. Keep only the plan in it or split it.
plan-warning-bytes-replaced = the file has bytes that do not read as letters ({ $count }): they were replaced with “�”, so check those places

## Reports: indicators and the monitoring report
menu-reports = 📈 Reports
report-region = The whole region
report-half-year = { $half ->
        [1] 1st half of { $year }
       *[2] 2nd half of { $year }
    }
report-home-title = 📈 <b>Reports and indicators</b>

    Choose whose indicators to see.
report-home-empty = Reports are for coordinators of their school or municipality, methodologists and admins.
report-municipalities-title = 🏘 <b>Municipalities</b>

    Choose a municipality.
report-schools-title = 🏫 <b>Schools: { $name }</b>

    Choose a school.
report-schools-empty = The directory has no schools in “{ $name }” yet.
report-title = 📈 <b>Indicators: { $name }</b>
report-period = { $period } · as of { $at }
report-no-data = No data for “{ $name }” for the { $period }: none of its teachers use the bot yet, and nobody signed up for events in that time.
report-no-data-short = No data for “{ $name }” for the { $period }.
report-teachers = 👩‍🏫 Teachers in the bot: { $count }
report-trained = 🎓 Trained in the last 3 years: { $count } ({ $share } %)
report-trainings-pending = { "   " }⏳ awaiting confirmation: { $count ->
        [one] { $count } course
       *[other] { $count } courses
    }
report-planning = 🗓 Planning training: { $count } ({ $share } %)
report-sign-ups = 📋 Sign-ups for the half-year's events: { $count }, attended: { $attended }
report-forms = { "   " }Forms most in demand: { $forms }
report-form = { $kind ->
        [webinar] webinars
        [seminar] seminars
        [course] courses
        [contest] contests
        [conference] conferences
        [diagnostics] diagnostics
        [mentoring] mentoring
       *[unknown] other
    } — { $count }
report-contests = 🏆 Contest participations: { $count } (teachers: { $people })
report-contest-level = { "   " }{ $level ->
        [school] school level
        [municipal] municipal level
        [regional] regional level
        [federal] federal level
       *[none] level not set
    }: { $count }, prize-winners: { $prize }, winners: { $winners }
report-deficits-title = 🧭 Professional deficits (“{ $questionnaire }”, { $people } took it, threshold { $threshold } %):
report-deficit-area = { "   " }• { $area }: { $share } % with a deficit
report-deficits-none = 🧭 Professional deficits: nobody here has taken a self-diagnosis yet.
report-deficits-hidden-few = 🧭 Professional deficits (“{ $questionnaire }”): fewer than 5 people took it — the numbers are not shown, so that no one's answers can be told.
report-deficits-hidden-subtraction = 🧭 Professional deficits (“{ $questionnaire }”): the numbers are hidden: beside the groups shown they would give away the answers of fewer than 5 people.
report-what-counts = <i>“Trained” — courses attended through the bot, and courses teachers entered once a coordinator confirmed them; “planning” — signed up for a course ahead or saved a route; sign-ups and contests — of the half-year’s events.</i>
report-button-chart = 📊 Chart
report-button-exports = 📥 Exports
report-button-docx = 📄 Report .docx
report-button-xlsx = 📄 Report .xlsx
report-button-trainings = 🎓 Courses to confirm: { $count }
report-button-municipalities = 🏘 Municipalities
report-button-schools = 🏫 Schools
report-exports-title = 📥 <b>Exports: { $name }</b>
    { $period }

    Choose the format on top, then the export.
report-export-kind = { $kind ->
        [rg] 📋 Event sign-ups
        [at] ✔️ Attendance
        [tr] 🎓 Teachers and training
       *[dg] 🧭 Self-diagnosis
    }
report-export-format = { $format ->
        [x] Excel
       *[c] CSV
    }
report-preparing = Preparing the file…
report-file-caption = Monitoring: { $name }, { $period }, as of { $at }
report-chart-trained = Trained in 3 years
report-chart-planning = Planning training
report-chart-deficit = Deficit: { $area }
report-chart-form = Sign-ups: { $kind ->
        [webinar] webinars
        [seminar] seminars
        [course] courses
        [contest] contests
        [conference] conferences
        [diagnostics] diagnostics
        [mentoring] mentoring
       *[unknown] other
    }
report-chart-contest = Contests: { $level ->
        [school] school
        [municipal] municipal
        [regional] regional
        [federal] federal
       *[none] level not set
    }
report-chart-subtitle = { $period } · teachers: { $teachers }
report-doc-heading = Monitoring of teachers' professional development
report-doc-period = for the { $period } (figures as of { $at })
report-doc-col-number = No.
report-doc-col-indicator = Indicator
report-doc-col-count = Count, people
report-doc-col-share = Share, %
report-doc-col-note = Note
report-doc-file = monitoring
report-doc-sheet = Monitoring
report-doc-sign-head = Head ____________________ / ____________________
report-doc-sign-author = Prepared by ____________________ / ____________________, tel. ______________
report-doc-teachers = Teachers registered in the bot
report-doc-teachers-note = as of { $at }
report-doc-trained = Share of teachers trained on further-education programmes in the last 3 years
report-doc-trained-note = The share is of the teachers registered in the bot. Counted: courses attended through the bot, and courses teachers entered that a coordinator confirmed{ $pending ->
        [0] .
        [one] ; { $pending } more awaits confirmation and is not counted.
       *[other] ; { $pending } more await confirmation and are not counted.
    }
report-doc-planning = Share of teachers planning further training
report-doc-planning-note = Signed up for courses still ahead, or saved an individual route with measures ahead.
report-doc-forms = Forms of training most in demand
report-doc-form = { $kind ->
        [webinar] webinars
        [seminar] seminars
        [course] courses
        [contest] contests
        [conference] conferences
        [diagnostics] diagnostics
        [mentoring] mentoring
       *[unknown] other
    } — sign-ups: { $count }, attended: { $attended }
report-doc-forms-note = Teachers' sign-ups for the half-year's events, by form.
report-doc-contests = Teachers' participation in professional contests
report-doc-contests-value = participations: { $count }, teachers: { $people }
report-doc-contests-note = Participations in the half-year’s contests (attended), teachers: { $people }; prize-winners and winners as the organiser entered them.
report-doc-contest-level = { $level ->
        [school] school level
        [municipal] municipal level
        [regional] regional level
        [federal] federal level
       *[none] level not set
    }
report-doc-contest-level-note = prize-winners: { $prize }, winners: { $winners }
report-doc-deficits = Teachers' professional deficits (share of teachers with a deficit)
report-doc-deficits-note = “{ $questionnaire }”; a deficit is a result under { $threshold } %.
report-doc-deficit-area = deficit: { $area }
report-doc-deficit-area-note = average result { $average } %
report-doc-deficits-hidden-few = “{ $questionnaire }”: fewer than 5 people took it; no figures are given.
report-doc-deficits-hidden-subtraction = “{ $questionnaire }”: no figures are given, so as not to give away the answers of fewer than 5 people.
report-doc-deficits-none = Nobody has taken a self-diagnosis yet.
report-doc-sign-ups = Sign-ups for the half-year's events and attendance
report-doc-sign-ups-note = Sign-ups for events that began in the half-year; attended: { $attended }.
plan-deadline-button-report = 📈 Half-year report
events-mine-result = { $result ->
        [winner] 🥇 winner
       *[prize-winner] 🥈 prize-winner
    }

## Events: course hours, contest level and results
event-new-field-hours = Hours
event-new-field-level = Level
event-new-ask-hours = How many academic hours is the course? Choose or type a number from { $min } to { $max }. Those who complete the course get these hours counted as training.
event-new-hours-plan = In the plan: { $hours } h
event-hours-value = { $hours } h
event-hours-none = 🗑 Leave out
error-event-hours = Hours are a whole number from 1 to 2000, for example 72.
event-new-ask-level = What level is the contest?
event-new-level-plan = The dot marks the level from the plan.
event-new-level-current = The dot marks the current level.
event-level-button = { $level ->
        [school] school
        [municipal] municipal
        [regional] regional
       *[federal] federal
    }
event-card-hours = ⏱ { $hours } h
event-card-level = 🏆 { $level ->
        [school] school
        [municipal] municipal
        [regional] regional
       *[federal] federal
    } level
event-manage-line-no-hours = ⏱ Course hours not given
event-manage-line-no-level = 🏆 Contest level not given
error-event-kind-mismatch = Events of this kind have no such field: hours belong to courses, a level to contests.
event-manage-edit-hours = Hours
event-manage-edit-level = Level
event-manage-set-hours = ⏱ Course hours
event-manage-set-level = 🏆 Contest level
event-manage-is-past-but = The event has begun or is over: only { $kind ->
        [course] the course hours
       *[contest] the contest level
    } can still be changed.
event-manage-export-excel = 📥 Excel
event-results-hint = Beside those who came is their result: tap it to change it (participant → prize-winner → winner).
event-result-button = { $result ->
        [winner] 🥇 winner
        [prize-winner] 🥈 prize-winner
       *[participant] 👤 participant
    }
event-result-set = Result: { $result ->
        [winner] winner
        [prize-winner] prize-winner
       *[participant] participant
    }
event-result-not-contest = Results are marked at contests only.
event-result-not-attended = Mark the person present first: only those who took part get a result.

## Training records
training-open = 🎓 My training
training-title = <b>🎓 My training</b>
training-item = { $status ->
        [pending] ⏳
        [declined] ✖️
       *[done] ✅
    } <b>{ $title }</b>
    { $provider } · { $hours ->
        [-1] hours not given
        [one] { $hours } hour
       *[other] { $hours } hours
    } · { $dates }
    { $status ->
        [course] attended through the bot
        [confirmed] confirmed by the coordinator
        [pending] awaiting the coordinator’s confirmation
       *[declined] not confirmed by the coordinator
    }
training-empty = Nothing here yet. Courses you attend through the bot appear by themselves; add those taken elsewhere with “➕ Add a course”.
training-total = Counted over the last { $years ->
        [one] year
       *[other] { $years } years
    }: { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }.
    { $trained ->
        [yes] ✅ You have had professional development within the last 3 years.
       *[no] ⚠️ No counted training within the last 3 years yet.
    }
training-add = ➕ Add a course
training-delete = 🗑 Delete: { $title }
training-delete-question = Delete the course “{ $title }” from your list?
training-delete-yes = Yes, delete
training-delete-no = No, keep it
training-deleted = Course deleted.
training-delete-confirmed = This course has been confirmed by the coordinator and is counted in reports, so it can’t be deleted.
training-not-given = not given
training-skip = Skip ›
training-ask-title = What is the course called? Write the title as on the certificate.
training-ask-provider = Which organisation ran the course? For example: Omsk Region Institute of Education Development.
training-ask-hours = How many academic hours did the course take? Write a number, for example: 72.
training-ask-dates = When did you take the course? Write the end date, or the start and end dates, as day.month.year, for example: 12.03.2026 or 12.03.2026–15.03.2026.
training-ask-number = What is the certificate number? Write it or press “Skip”.
training-ask-certificate = Send a photo of the certificate or a file (JPEG, PNG or PDF, up to { $fileMax } MB): it helps the coordinator confirm the course. Or press “Skip”.
training-certificate-hint = Send a photo or a file of the certificate, or press “Skip”.
training-rule-title = The course title takes 1 to { $textMax } characters. Please try again.
training-rule-provider = The organisation’s name takes 1 to { $textMax } characters. Please try again.
training-rule-hours = Write a whole number of hours from 1 to { $hoursMax }, for example: 72.
training-rule-dates-format = I couldn’t read the dates. Write them as day.month.year, like this: 12.03.2026 or 12.03.2026–15.03.2026.
training-rule-dates-no-such-day = There is no such date in the calendar. Check the day and the month.
training-rule-dates-order = The start date is after the end date. Write the start first, then the end.
training-rule-dates-future = Only a course you have finished can be added: the end date can’t be later than today.
training-rule-dates-too-early = Courses before 1990 are not counted. Check the year.
training-rule-number = The certificate number takes at most { $numberMax } characters. Please try again.
training-rule-file-type = This file won’t do: send a photo, or a JPEG, PNG or PDF file.
training-rule-file-size = The file is larger than { $fileMax } MB. Send a smaller photo or file.
training-add-summary = <b>Check the course before saving</b>

    Course: { $title }
    Organisation: { $provider }
    Length: { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }
    Dates: { $dates }
    Certificate number: { $number }
    Certificate: { $certificate ->
        [yes] attached
       *[no] not attached
    }
training-add-save = 💾 Save
training-add-saved = ✅ Course saved. It will count once the coordinator of your school or municipality confirms it.
training-add-cancelled = The course was not added.
training-add-left = Adding the course was interrupted; nothing was saved.
training-confirmed-notice = ✅ Your course “{ $title }” was confirmed by the coordinator and counts as professional development.
training-declined-notice = ✖️ Your course “{ $title }” was not confirmed by the coordinator. Check the details and the certificate, or ask the coordinator.
training-review-region = Region
training-review-card = <b>🎓 Courses to confirm — { $place }</b>
    Course { $position } of { $total }

    Teacher: { $person }
    Workplace: { $school }
    Course: { $title }
    Organisation: { $provider }
    Length: { $hours ->
        [one] { $hours } hour
       *[other] { $hours } hours
    }
    Dates: { $dates }
    Certificate number: { $number }
training-review-own-note = <i>This is your own course: another coordinator or a methodologist can confirm it.</i>
training-review-empty = <b>🎓 Courses to confirm — { $place }</b>

    No courses are awaiting confirmation.
training-review-confirm = ✅ Confirm
training-review-decline = ✖️ Decline
training-review-certificate = 📎 Certificate
training-review-confirmed = Course confirmed; the teacher has been told.
training-review-declined = Course declined; the teacher has been told.
training-review-already = This course has already been reviewed.
training-review-own = You can’t confirm your own course: another coordinator or a methodologist will.

## Reports: exports
export-preparing = Preparing the file…
export-what = { $kind ->
        [registrations] Sign-ups for events
        [attendance] Attendance
        [training] Teachers and their training
       *[diagnostics] Self-diagnosis results
    }
export-caption = 📥 <b>{ $what }</b>
    { $scope } · { $period }
export-caption-rows = { $sheet }: { $count ->
        [one] { $count } row
       *[other] { $count } rows
    }
export-no-data = 📭 { $what }: no data for “{ $scope }” for { $period }. Try another half-year.
export-file = { $kind ->
        [registrations] sign-ups
        [attendance] attendance
        [training] teachers-training
       *[diagnostics] self-diagnosis
    }
export-yes = yes
export-no = no
export-status = { $status ->
        [registered] signed up
        [waitlisted] on the waiting list
       *[cancelled] cancelled
    }
export-status-event-cancelled = event cancelled
export-level = { $level ->
        [school] school
        [municipal] municipal
        [regional] regional
        [federal] federal
       *[none] not set
    }
export-result = { $result ->
        [winner] winner
        [prize-winner] prize-winner
       *[participant] participant
    }
export-region = The whole region
export-col-person = Name
export-col-school = School
export-col-municipality = Municipality
export-col-event = Event
export-col-kind = Kind
export-col-starts-at = Starts
export-col-status = Sign-up
export-col-signed-up-at = Signed up at
export-col-attended = Attended
export-col-level = Contest level
export-col-result = Result
export-sheet-registrations = Sign-ups
export-col-date = Date
export-col-hours = Hours
export-col-signed-up = Signed up
export-col-came = Attended
export-col-came-share = Share attended
export-sheet-attendance = Attendance
export-col-subjects = Subjects
export-col-years-taught = Years teaching
export-col-trained = Trained in 3 years
export-col-last-training = Last training ended
export-col-recent-hours = Hours in 3 years
export-sheet-teachers = Teachers
export-col-course = Course
export-col-provider = Provider
export-col-start = Start date
export-col-end = End date
export-col-certificate = Certificate no.
export-col-source = Source
export-col-training-status = Status
export-sheet-training = Training
export-training-source = { $source ->
        [event] event in the bot
       *[record] entered by the teacher
    }
export-training-status = { $status ->
        [attended] attended
        [confirmed] confirmed by a coordinator
        [pending] awaiting confirmation
       *[declined] declined
    }
export-col-questionnaire = Questionnaire
export-col-group = Group
export-col-people = People
export-col-area = Area
export-col-average = Average
export-col-deficit-share = Share with the deficit
export-col-change = Change, points
export-col-note = Note
export-sheet-diagnostics = Self-diagnosis
export-diagnostics-hidden-few = hidden: fewer than 5 people took it
export-diagnostics-hidden-subtraction = hidden: with the other rows it would reveal fewer than 5 people
export-diagnostics-change-hidden-few = change hidden: fewer than 5 people took it twice
export-diagnostics-change-hidden-subtraction = change hidden: it would reveal fewer than 5 people
export-event-button = 📥 Excel
export-file-event = sign-ups
export-event-caption = 📥 Sign-ups for “{ $title }” ({ $date })
export-event-caption-own = 📥 Your teachers signed up for “{ $title }” ({ $date })
export-event-no-data = Nobody has signed up for “{ $title }” ({ $date }) yet.
export-event-no-data-own = None of your teachers has signed up for “{ $title }” ({ $date }).
export-route-button = 📊 Excel (.xlsx)
export-route-file = route.xlsx
export-route-caption = 📊 Individual professional development route: an Excel table
export-route-sheet = Route
export-col-route-state = State
export-route-state = { $state ->
        [attended] attendance confirmed
        [signed-up] signed up
        [waitlisted] on the waiting list
        [missed] missed
        [not-signed-up] not signed up
        [cancelled] cancelled
        [planned] planned
       *[past] over
    }

## Mentoring: a pair's meetings
meetings-title = <b>🗓 Mentoring meetings</b>
    Mentor: { $mentor }
    Mentee: { $mentee }
meetings-pair-ended = The pair has ended: its meetings can only be viewed.
meetings-progress = 📊 Meetings planned: { $planned }, held: { $held }
meetings-progress-last = Last meeting: { $date } — { $days ->
        [0] today
        [one] { $days } day ago
       *[other] { $days } days ago
    }
meetings-progress-none = No meeting held yet; the pair has been working since { $date } ({ $days ->
        [0] its first day
        [one] { $days } day
       *[other] { $days } days
    }).
meetings-progress-route = 🧭 The mentee's route: { $done } of { $total } done
meetings-progress-route-none = 🧭 The route is shown to the mentor but not saved yet.
meetings-progress-route-hidden = 🧭 The mentee does not show you their route yet.
meetings-progress-route-hidden-own = 🧭 Your mentor cannot see your route. To show it, press the button below.
meetings-upcoming = <b>Ahead</b>
meetings-past = <b>Past</b>
meetings-not-recorded = not marked
meetings-empty = No meetings yet. Plan the first one with “➕ Plan a meeting”.
meetings-none = No meetings.
meetings-add = ➕ Plan a meeting
meetings-share = { $on ->
        [yes] ✅
       *[no] ⬜
    } Show my route to my mentor
meetings-route-open = 🧭 The mentee's route
meetings-meeting = <b>🗓 Meeting</b>
    When: { $when }
    Topic: { $topic }
    { $state ->
        [upcoming] The meeting is ahead.
        [waiting] The meeting has begun. If it took place, mark it with the button below.
       *[held] ✅ The meeting took place.
    }
meetings-meeting-note = 📝 Note: { $note }
meetings-move = 🕑 Move
meetings-delete = 🗑 Cancel the meeting
meetings-held = ✅ The meeting took place
meetings-note-add = 📝 Add a note
meetings-note-edit = 📝 Change the note
meetings-back = ‹ To the meetings
meetings-delete-question = Cancel the meeting “{ $topic }” ({ $when })? { $other ->
        [mentor] Your mentor
       *[mentee] Your mentee
    } will be told.
meetings-delete-yes = Yes, cancel it
meetings-delete-no = No, keep it
meetings-deleted = The meeting is cancelled.
meetings-held-recorded = ✅ Marked: the meeting took place
meetings-route-shown = Your mentor can see your route
meetings-route-hidden = Your route is hidden from your mentor
meetings-route-title = <b>🧭 The mentee's route</b>
    { $name } · saved { $date }
    Done: { $done } of { $total }
meetings-ask-when = When is the meeting? Type the date and time ({ $zone }), for example <code>{ $example }</code>.
meetings-ask-new-when = The meeting's time now: { $current }. When should it move to? Type the date and time ({ $zone }), for example <code>{ $example }</code>.
meetings-rule-format = Could not read the date and time. Type them like this: <code>{ $example }</code>.
meetings-rule-no-such-date = There is no such date or time in the calendar. Check it and type, for example, <code>{ $example }</code>.
meetings-rule-past = That time has passed. Plan the meeting for the future.
meetings-rule-too-far = A meeting can be planned at most a year ahead. Check the year.
meetings-ask-topic = What will the meeting be about? Type the topic, up to { $topicMax } characters.
meetings-rule-topic = The topic takes 1 to { $topicMax } characters. Please try again.
meetings-ask-note = 📝 How did the meeting “{ $topic }” go? Write briefly what you talked about and agreed on (up to { $noteMax } characters), or press “Skip”.
meetings-ask-new-note = 📝 The note of the meeting “{ $topic }” now reads:
    <i>{ $note }</i>

    Write a new one (up to { $noteMax } characters) or leave it as it is.
meetings-note-skip = Skip ›
meetings-note-keep = Leave it as it is
meetings-rule-note = A note takes at most { $noteMax } characters. Please make it shorter.
meetings-left = The questions about the meeting stopped: the last answer is not saved.
meetings-add-cancelled = No meeting planned.
meetings-added = ✅ Meeting planned: { $when } — “{ $topic }”. { $other ->
        [mentor] Your mentor
       *[mentee] Your mentee
    } will be told, and the day before the bot will remind you both.
meetings-move-cancelled = The meeting keeps its time.
meetings-moved = 🕑 The meeting “{ $topic }” is moved. New time: { $when }. { $other ->
        [mentor] Your mentor
       *[mentee] Your mentee
    } will be told.
meetings-note-skipped = All right, no note. You can add one later on the meeting's screen.
meetings-note-unchanged = The note stays as it was.
meetings-note-saved = 📝 The note is saved.
meetings-refused-pair-inactive = The pair is no longer working: its meetings can only be viewed.
meetings-refused-started = The meeting has begun: it can no longer be moved or cancelled.
meetings-refused-not-started = The meeting has not begun yet. Mark it once it has.
meetings-refused-already-held = This meeting is already marked as held.
meetings-refused-not-held = First mark that the meeting took place.
meetings-refused-not-shared = The mentee does not show you their route.
meetings-refused-no-route = The mentee has no saved route yet.
meetings-open = 🗓 Meetings
meetings-added-notice = 🗓 { $role ->
        [mentor] Your mentor
       *[mentee] Your mentee
    } { $name } planned a meeting: { $when } — “{ $topic }”.
meetings-moved-notice = 🕑 { $role ->
        [mentor] Your mentor
       *[mentee] Your mentee
    } { $name } moved the meeting “{ $topic }”: now { $when } (was { $was }).
meetings-deleted-notice = 🗑 { $role ->
        [mentor] Your mentor
       *[mentee] Your mentee
    } { $name } cancelled the meeting “{ $topic }” ({ $when }).
meetings-route-shared-notice = 🧭 { $name } shows you their individual route. It opens from the meetings' screen too.
nudge-mentoring-meeting = 🗓 A mentoring meeting is coming up: { $when }
    Topic: “{ $topic }”

    After the meeting, mark here that it took place.
nudge-mentoring-idle-pair = 🤝 A mentoring pair without meetings for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }: mentor { $mentor }, mentee { $mentee }.
    { $met ->
        [yes] The last meeting held: { $since }.
       *[no] No meeting marked as held yet; the pair began: { $since }.
    }
nudge-mentoring-idle-pair-open = Open the pair
settings-nudge-mentoring-meeting = Mentoring meetings
settings-nudge-mentoring-idle-pair = Mentoring pairs without meetings

## Mentoring: mentors and pairs
menu-mentoring = 🤝 Mentoring
mentoring-home-title = <b>🤝 Mentoring</b>
mentoring-home-young = You are a young teacher (under 3 years of teaching). An experienced colleague can help with lessons, paperwork and hard situations: ask for a mentor, and a coordinator will find one at your school or in your district.
mentoring-ask = 🙋 Ask for a mentor
mentoring-home-requested = 🙋 You asked for a mentor (subject: { $subject }). A coordinator will pick one, and the mentor will confirm the pair in the chat.
mentoring-cancel-ask = Withdraw the request
mentoring-home-mentee = { $state ->
        [active] 🤝 Your mentor: <b>{ $mentor }</b> ({ $subject }).
        [waiting] ⏳ <b>{ $mentor }</b> ({ $subject }) is proposed as your mentor. Waiting for their answer.
       *[answer] ❓ <b>{ $mentor }</b> ({ $subject }) is proposed as your mentor. Open the pair and answer.
    }
mentoring-home-offer = 🎓 You are in the bank of mentors.
    Subjects: { $subjects }
    Mentees: { $mentees } of { $capacity }
mentoring-home-note = Note for coordinators: { $note }
mentoring-offer-change = ✏️ Change
mentoring-withdraw = Withdraw the offer
mentoring-home-may-offer = 🎓 You have taught { $years } years or more: you can mentor a young teacher. A coordinator will propose a pair, and you decide whether to accept it.
mentoring-home-withdrawn = 🎓 You withdrew your offer to mentor. Your current pairs go on; no new ones are proposed to you.
mentoring-offer = 🎓 Become a mentor
mentoring-home-not-yet = Mentors are teachers with { $years } or more years of teaching. { $taught ->
        [-1] Add your experience to your profile.
        [one] Your profile says { $taught } year.
       *[other] Your profile says { $taught } years.
    }
mentoring-home-ended = 🗂 Ended pairs: their meetings and notes are still there to read.
mentoring-home-mentor-pair = { $state ->
        [active] 🤝 Mentee: <b>{ $mentee }</b> ({ $subject })
        [waiting] ⏳ Proposed mentee <b>{ $mentee }</b> ({ $subject }): waiting for their answer
       *[answer] ❓ <b>{ $mentee }</b> ({ $subject }) is proposed as your mentee: open the pair and answer
    }
mentoring-coordinator-open = 📋 For coordinators: pairs and mentors
mentoring-withdraw-question = Withdraw your offer to mentor? Your current pairs go on, but no new ones will be proposed to you. You can come back to the bank of mentors at any time.
mentoring-withdraw-yes = Yes, withdraw
mentoring-withdraw-no = No, keep it
mentoring-withdrawn = Offer withdrawn.
mentoring-ask-subject = Which subject do you need a mentor in?
mentoring-ask-any = Any subject
mentoring-any-subject = any
mentoring-ask-not-young = Young teachers (under 3 years of teaching) can ask for a mentor.
mentoring-ask-has-pair = You already have a mentor or a request for one.
mentoring-asked = Your request went to the coordinator.
mentoring-asked-nobody = Your request is saved, but your school and district have no coordinator in the bot yet. They will see it as soon as they join.
mentoring-ask-cancelled = Request withdrawn.
mentoring-accept = ✅ Accept
mentoring-decline = ✖️ Decline
mentoring-open-pair = 🤝 Open the pair
mentoring-open = 🤝 Mentoring
mentoring-pick-mentor = 🔎 Pick a mentor
mentoring-meetings = 🗓 Meetings
mentoring-end = End the pair
mentoring-accepted-active = The pair is on! Everyone will be told.
mentoring-accepted-waiting = You accepted. Waiting for the other side.
mentoring-declined = You declined the pair.
mentoring-answer-outdated = This pair has changed meanwhile: here it is as it is now.
mentoring-pair-title = <b>🤝 Mentoring pair</b>
mentoring-pair-mentor = Mentor: { $mentor }
mentoring-pair-mentee = Young teacher: { $mentee }
mentoring-pair-subject = Subject: { $subject }
mentoring-pair-no-mentor = not picked yet
mentoring-pair-requested = 🙋 Requested on { $since }: waiting for a coordinator to pick a mentor.
mentoring-pair-proposed = ⏳ Proposed on { $since }, waiting for: { $waiting }
mentoring-pair-active = ✅ Working since { $since }
mentoring-pair-ended = Ended: worked from { $since } to { $until }.
    Reason: { $reason }
mentoring-pair-declined = ✖️ Did not happen ({ $since }).
mentoring-pair-proposer = Proposed by: { $name }
mentoring-pair-held = Meetings this half-year: { $count }
mentoring-notice-proposed-mentor = 🤝 { $coordinator } proposes that you mentor a young teacher: <b>{ $mentee }</b> ({ $school }), subject: { $subject }. Do you agree?
mentoring-notice-proposed-mentee = 🤝 { $coordinator } proposes a mentor for you: <b>{ $mentor }</b> ({ $school }), subject: { $subject }. Do you agree?
mentoring-notice-picked-mentee = 🤝 As you asked, { $coordinator } picked a mentor for you: <b>{ $mentor }</b> ({ $school }), subject: { $subject }. Waiting for their answer; we will write when the pair is on.
mentoring-notice-active = ✅ The mentoring pair is on: mentor <b>{ $mentor }</b>, young teacher <b>{ $mentee }</b>, subject: { $subject }. Arrange your first meeting under “🗓 Meetings”.
mentoring-notice-declined = ✖️ { $who } declined the pair: mentor { $mentor }, young teacher { $mentee }.
mentoring-notice-ended = { $who } ended the mentoring pair (mentor { $mentor }, young teacher { $mentee }).
    Reason: { $reason }
mentoring-notice-requested = 🙋 <b>{ $mentee }</b> ({ $school }) asks for a mentor, subject: { $subject }.
mentoring-scopes-title = <b>🤝 Mentoring</b>
    Whose pairs and mentors would you like to see?
mentoring-coordinator = <b>🤝 Mentoring · { $name }</b>

    🙋 Young teachers without a mentor: { $young } (asking themselves: { $asked })
    🤝 Pairs working: { $active }, waiting for answers: { $pending }
    🎓 Mentors in the bank: { $mentors }, free places: { $free }
    🗓 Meetings held in { $term }: { $held }
mentoring-button-young = 🙋 Without a mentor ({ $count })
mentoring-button-pairs = 🤝 Pairs ({ $count })
mentoring-button-mentors = 🎓 Bank of mentors ({ $count })
mentoring-button-xlsx = 📥 Excel
mentoring-button-csv = 📥 CSV
mentoring-young-title = <b>🙋 Young teachers without a mentor · { $name }</b>: { $count }
    Tap a teacher to pick a mentor. 🙋 — asked themselves.
mentoring-young-line = { $asked ->
        [yes] 🙋
       *[no] 👤
    } { $person } · { $subjects }
mentoring-young-empty = { $name }: every young teacher has a mentor or a pair waiting for answers. 🎉
mentoring-suggest-title = <b>A mentor for: { $mentee }</b>
    Experience: { $years ->
        [-1] not given
        [one] { $years } year
       *[other] { $years } years
    }
mentoring-suggest-asked = 🙋 Asks for a mentor, subject: { $subject }.
mentoring-suggest-has-pair = This teacher already has a pair, or one waiting for answers.
mentoring-suggest-list = <b>Suitable mentors</b> (the same school first):
mentoring-suggest-line = { $number }. { $mentor } — { $subject }, { $place ->
        [school] same school
       *[municipality] same district
    }, mentees: { $mentees } of { $capacity }
mentoring-suggest-how = Tap a mentor to propose the pair: both will get the proposal in the chat.
mentoring-suggest-none = No suitable mentor: nobody in the bank of mentors ({ $municipality }) shares a subject and has a free place. Invite experienced colleagues: they can offer themselves under “🤝 Mentoring”.
mentoring-proposed = Pair proposed: both will get the proposal in the chat.
mentoring-propose-not-young = This teacher has taught 3 years or more: no longer a young teacher.
mentoring-propose-has-pair = This teacher already has a pair, or one waiting for answers.
mentoring-propose-unavailable = This mentor no longer fits: no free place or shared subject, or the offer was withdrawn. Here is who fits now.
mentoring-pairs-title = <b>🤝 Pairs · { $name }</b>: { $count }
    Meetings: in { $term }.
mentoring-pair-line = { $state ->
        [active] ✅
       *[proposed] ⏳
    } <b>{ $mentee }</b>
    Mentor: { $mentor } · { $subject }
    { $state ->
        [active] working since { $since } · meetings: { $held }
       *[proposed] proposed on { $since } · waiting for: { $waiting }
    }
mentoring-pairs-empty = { $name }: no mentoring pairs yet. Pick mentors for young teachers with “🙋 Without a mentor”.
mentoring-mentors-title = <b>🎓 Bank of mentors · { $name }</b>: { $count }
mentoring-mentor-line = <b>{ $mentor }</b> — { $subjects }, mentees: { $mentees } of { $capacity }
mentoring-mentor-note = 📝 { $note }
mentoring-mentors-empty = { $name }: nobody in the bank of mentors yet. Teachers with 5 or more years of teaching can offer themselves under “🤝 Mentoring”.
mentoring-ask-subjects = Which subjects are you ready to mentor in? Tick one or more and press “Done”. Chosen: { $count }.
mentoring-rule-subjects = Tick at least one subject.
mentoring-ask-capacity = How many mentees can you guide at once? From 1 to { $max }.
mentoring-ask-note = Write a note for coordinators: when you can meet, what you are good at (up to { $max } characters). Or press “No note”.
mentoring-note-current = Now: { $note }
mentoring-note-keep = Keep it
mentoring-note-none = No note
mentoring-rule-note = A note is 1 to { $max } characters. Write it shorter or press “No note”.
mentoring-offer-saved = 🎓 Done: you are in the bank of mentors. A coordinator will propose a pair, and you decide whether to accept it.
mentoring-offer-changed = ✏️ Offer changed.
mentoring-offer-cancelled = Nothing changed.
mentoring-offer-not-eligible = Mentors are teachers with { $years } or more years of teaching. Check your experience in the profile.
mentoring-flow-left = All right, let's come back to it later.
mentoring-ask-reason = Why are you ending the pair? Pick a reason or write your own (up to { $max } characters) — { $other } will be told it.
mentoring-reason-goals = The mentoring goals are reached
mentoring-reason-time = Not enough time
mentoring-reason-moved = Moved to another job
mentoring-reason-mismatch = We did not get on
mentoring-rule-reason = A reason is 1 to { $max } characters. Write it shorter or pick a reason with a button.
mentoring-ended = The pair is ended. { $other } will be told.
mentoring-end-cancelled = The pair goes on.
mentoring-end-outdated = This pair cannot be ended: it has ended already or is not yours.
mentoring-export-file = mentoring
mentoring-export-caption = 📥 <b>Mentoring</b>
    { $name } · { $term }
mentoring-export-empty = { $name }: nothing to export yet: no pairs, no young teachers without a mentor, no mentors.
mentoring-sheet-pairs = Pairs
mentoring-sheet-young = Without a mentor
mentoring-sheet-mentors = Mentors
mentoring-col-mentee = Young teacher
mentoring-col-mentor = Mentor
mentoring-col-mentor-school = Mentor's school
mentoring-col-subject = Subject
mentoring-col-status = Status
mentoring-col-proposed = Proposed
mentoring-col-since = Working since
mentoring-col-held = Meetings this half-year
mentoring-col-last-held = Last meeting
mentoring-col-ended = Ended
mentoring-col-end-reason = Why it ended
mentoring-col-asked = Asks for a mentor
mentoring-col-asked-subject = Subject asked for
mentoring-col-capacity = Places
mentoring-col-mentees = Mentees
mentoring-col-note = Note
mentoring-status = { $status ->
        [proposed] waiting for answers
        [requested] request
        [active] working
        [ended] ended
       *[declined] did not happen
    }

## Practices: the bank of successful practices
practice-menu = 💡 Practices
practice-home = <b>💡 Bank of successful practices</b>
    { $count ->
        [0] No approved practices yet — share the first one.
        [one] The bank holds { $count } approved practice shared by colleagues.
       *[other] The bank holds { $count } approved practices shared by colleagues.
    } Find them by subject, by competency or by words.
practice-by-subject = 📚 By subject
practice-by-area = 🧩 By competency
practice-search = 🔎 Search by words
practice-submit = ➕ Share a practice
practice-mine = 🗂 My practices
practice-review-open = 📝 Awaiting review ({ $count })
practice-import = 📥 Import from a spreadsheet
practice-bank-empty = No approved practices yet. Share yours — a methodologist will review it and add it to the bank.
practice-subjects-title = <b>📚 Practices by subject</b>
    Your subjects first, each with how many practices it has.
practice-areas-title = <b>🧩 Practices by competency</b>
    Each with how many practices it has.
practice-list-subject = <b>📚 { $subject }</b> — { $count ->
        [one] { $count } practice
       *[other] { $count } practices
    }
practice-list-area = <b>🧩 { $area }</b> — { $count ->
        [one] { $count } practice
       *[other] { $count } practices
    }
practice-list-found = <b>🔎 "{ $query }"</b> — { $count ->
        [0] nothing found
        [one] { $count } practice found
       *[other] { $count } practices found
    }
practice-search-again = 🔎 Search other words
practice-found-none = Try other or shorter words: titles and descriptions are searched by the beginning of each word.
practice-list-empty = Nothing here yet.
practice-area-subject = Subject
practice-area-methodological = Methodological
practice-area-psychological = Psychological and pedagogical
practice-area-communicative = Communicative
practice-area-digital = Digital
practice-status-submitted = awaiting a methodologist's review
practice-status-returned = sent back for changes
practice-status-approved = approved
practice-status-rejected = rejected
practice-not-given = not given
practice-card = <b>💡 { $title }</b>
    Author: { $author }
    School: { $school }
    Subject: { $subject }
    Competency: { $area }
    Classes: { $classes }
    Opened by: { $views }
practice-card-status = Status: { $mark } { $status }
practice-card-comment = 💬 Methodologist's comment: { $comment }
practice-link = 🔗 Open the link
practice-file = 📎 File
practice-edit = ✏️ Edit and send again
practice-mine-title = <b>🗂 My practices</b>
practice-mine-item = { $number }. { $mark } <b>{ $title }</b> — { $status }{ $views ->
        [0] {""}
       *[other] , opened by { $views }
    }
practice-mine-comment = 💬 { $comment }
practice-mine-empty = You have not shared any practices yet. Tell colleagues about yours — it will help them.
practice-review-title = <b>📝 Practices awaiting review</b> — { $position } of { $total }
practice-review-own-note = This is your own practice: another methodologist will decide on it.
practice-review-empty = No practices await review.
practice-review-approve = ✅ Approve
practice-review-send-back = ↩️ Send back
practice-review-reject = ✖️ Reject
practice-review-approved = Practice approved; the author will be told.
practice-review-returned = Practice sent back to its author with your comment.
practice-review-rejected = Practice rejected; the author will be told.
practice-review-already = This practice has already been decided on.
practice-review-own = Another methodologist reviews your own practice.
practice-review-comment-needed = To send a practice back, write what to correct.
practice-approved-notice = ✅ Your practice "{ $title }" was approved by a methodologist and is now in the bank of practices: colleagues will find it by subject, competency and words.
practice-returned-notice = ↩️ A methodologist sent your practice "{ $title }" back for changes: "{ $comment }". Correct it in "My practices" and send it again.
practice-rejected-notice = ✖️ Your practice "{ $title }" was not accepted into the bank of practices.{ $commented ->
        [yes] {" "}The methodologist's comment: "{ $comment }".
       *[no] {""}
    }
practice-rule-title = The title needs 1 to { $titleMax } characters.
practice-rule-description = The description needs up to { $descriptionMax } characters.
practice-rule-choice = Choose the subject and the competency with the buttons.
practice-rule-class-level = Classes, briefly, up to { $classMax } characters: "5–9" or "year 7", say.
practice-rule-link = A link must start with http:// or https:// and have no spaces.
practice-rule-file-type = This file will not do: send a PDF, Word (.docx) or PowerPoint (.pptx) file.
practice-rule-file-size = The file is over { $fileMax } MB. Compress it or send a link to it.
practice-rule-comment = A comment is up to { $commentMax } characters.
practice-now = Now: { $value }
practice-keep = ↪️ Keep as is
practice-ask-title = <b>➕ Practice</b>
    What is your practice called? Up to { $max } characters.
practice-ask-description = Describe the practice: what it is, how to run it, what came of it. Up to { $max } characters.
practice-ask-subject = Which subject is it for?
practice-ask-area = Which of a teacher's competencies does it develop?
practice-ask-class = For which classes? Choose or type (up to { $max } characters).
practice-ask-material = Send a document (PDF, Word or PowerPoint, up to { $fileMax } MB) or a link to the materials. If there are none, press the button below.
practice-material-none = No file or link
practice-material-hint = Send the document as a file or the link as text — or press "No file or link".
practice-summary = <b>Check before sending</b>
    Title: { $title }
    Subject: { $subject }
    Competency: { $area }
    Classes: { $classes }
    Materials: { $material }

    { $description }
practice-send = 📨 Send to a methodologist
practice-class-primary = 1–4
practice-class-basic = 5–9
practice-class-senior = 10–11
practice-class-preschool = Preschool
practice-submit-left = The practice was not sent: you turned to something else.
practice-submit-cancelled = The practice was not sent.
practice-submitted = 📨 Practice sent to a methodologist. The bot will write to you once it is reviewed.
practice-resubmitted = 📨 The corrected practice has been sent to a methodologist again.
practice-edit-gone = This practice cannot be edited now: it is under review or not yours.
practice-ask-return-comment = What should the author correct? Write a comment — they will receive it.
practice-ask-reject-comment = Why does the practice not fit? Write to the author, or reject without a comment.
practice-no-comment = No comment
practice-review-left = No decision made: you turned to something else.
practice-review-unchanged = No decision made; the practice still awaits review.
practice-ask-search = Which words should I look for? For example: "project work" or "functional literacy".
practice-search-hint = Type at least one word.
practice-search-left = Search closed: you turned to something else.
practice-ask-import = <b>📥 Import practices</b>
    Send an .xlsx or .csv spreadsheet (up to { $max } MB, up to { $rows } rows). Its first row names the columns: title, description, subject, competency, classes, link, author (in Russian or English, in any order). The practices go into the bank approved; one with the same title and author is updated, not doubled.
practice-import-hint = Send the spreadsheet as a file: .xlsx or .csv.
practice-import-type = This file will not do: an .xlsx or .csv spreadsheet is needed.
practice-import-size = The file is over { $max } MB. Split the spreadsheet into parts.
practice-import-unreadable = The spreadsheet could not be read. Save it again in Excel as .xlsx or .csv (UTF-8).
practice-import-no-header = No header row found: one of the first rows needs a "Title" column and at least one more (description, subject, author…).
practice-import-empty = The spreadsheet has no row with a practice's title.
practice-import-preview = <b>📥 { $file }</b>
    To be added: { $added }, updated: { $updated }.
    Rows without a title skipped: { $noTitle }.{ $unknownSubject ->
        [0] {""}
       *[other] {" "}Subject not recognised: { $unknownSubject }.
    }{ $unknownArea ->
        [0] {""}
       *[other] {" "}Competency not recognised: { $unknownArea }.
    }{ $badLink ->
        [0] {""}
       *[other] {" "}Links not following the rules (left out): { $badLink }.
    }

    { $titles }
practice-import-confirm = ✅ Import
practice-import-cancelled = Import cancelled; nothing changed.
practice-imported = ✅ Done: { $added } added, { $updated } updated.
practice-import-left = Import cancelled: you turned to something else.
practice-route-heading = 💡 Colleagues' practices:

## Mentoring: coordinator declines and leftovers
mentoring-rule-capacity = Type a whole number from 1 to { $max }, or press a button.
mentoring-decline-request = ✖️ Decline the request
mentoring-decline-request-question = <b>Decline the request for a mentor?</b>
    { $mentee } asks for a mentor, subject: { $subject }.

    Pick a reason: the teacher will be told it and can ask for a mentor again whenever they are ready.
mentoring-decline-reason-no-mentor = No mentor free in this subject
mentoring-decline-reason-school = The school will assign a mentor
mentoring-decline-reason-profile = Check your experience and subjects
mentoring-decline-reason-talk = Let's talk it over first
mentoring-request-declined = Request declined: the teacher will be told the reason.
mentoring-request-gone = This request no longer waits for an answer: the teacher took it back or another coordinator has answered. Here is how it stands.
mentoring-notice-request-declined = ✖️ { $coordinator } declined your request for a mentor (subject: { $subject }).
    Reason: { $reason }
    You can ask again at any time in “🤝 Mentoring”.
mentoring-pair-line-ended = 🗂 <b>{ $mentee }</b>
    Mentor: { $mentor } · { $subject }
    ended { $until } · worked from { $since } · meetings: { $held }
mentoring-ended-meetings-cancelled = 🗓 Planned meetings cancelled: { $count }.
mentoring-notice-ended-meetings = { $who } ended the mentoring pair (mentor { $mentor }, young teacher { $mentee }).
    Reason: { $reason }
    🗓 Planned meetings cancelled: { $count }.

## Practices: reviewers told, leftovers
practice-review-digest = 📝 <b>Practices to review</b>
    { $fresh ->
        [one] { $fresh } new practice came in the last day
       *[other] { $fresh } new practices came in the last day
    }. Awaiting review in all: { $waiting }.
    Authors are waiting for your decision.
practice-review-digest-open = 📝 Open the review queue
settings-nudge-practice-review = New practices to review

## Mentoring: what became of a request, for a coordinator who opens it late
mentoring-request-fate-withdrawn = ↩️ The teacher withdrew this request on { $date }.
mentoring-request-fate-declined = ✖️ This request was declined on { $date } by { $coordinator }. Reason: { $reason }
mentoring-request-fate-paired = 🤝 A pair was already proposed for this request: mentor { $mentor }, proposed by { $coordinator }. { $status ->
        [active] The pair is working.
        [declined] It was declined afterwards.
        [ended] It has ended since.
       *[proposed] It waits for acceptance.
    }
