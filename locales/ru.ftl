## Common buttons and hints
button-back = ‹ Назад
button-cancel = ✖️ Отмена
button-done = ✅ Готово
button-outdated = Эта кнопка устарела.
hint-use-buttons = Пожалуйста, выберите ответ кнопкой под сообщением.
hint-send-text = Пожалуйста, ответьте текстом.

## Commands
command-start = Начать или открыть меню
command-menu = Главное меню
command-settings = Настройки: язык
command-help = Что умеет бот

## Errors
error-internal = Что-то пошло не так на нашей стороне. Попробуйте ещё раз через минуту.
error-not-registered = Сначала зарегистрируйтесь: отправьте /start.
error-not-allowed = Это действие вам недоступно.
error-not-found = Не найдено: возможно, это уже изменили или удалили.
error-duplicate = «{ $name }» уже есть в справочнике.
error-invalid-name = Название «{ $name }» не подходит: нужно от 1 до 200 символов, хотя бы одна буква.
error-invalid-timezone = Неизвестный часовой пояс.
error-invalid-scope = Координатору нужна школа или муниципалитет, остальным ролям — нет.
error-invite-invalid = Ссылка-приглашение не найдена. Попросите новую у администратора.
error-invite-expired = Срок действия приглашения истёк. Попросите новое у администратора.
error-invite-used-up = Приглашение уже использовано. Попросите новое у администратора.
error-invite-revoked = Приглашение отозвано. Попросите новое у администратора.
error-event-title = Название — от 3 до 200 символов.
error-event-description = Описание — не больше 2000 символов.
error-event-start-past = Начало должно быть в будущем.
error-event-end-before-start = Окончание должно быть позже начала.
error-event-capacity = Число мест — целое от 1 до 10 000.
error-event-link = Ссылка должна начинаться с http:// или https://.
error-event-deadline = Запись должна закрываться не позже начала события.
error-event-not-found = Событие не найдено: возможно, его удалили.
error-event-cancelled = Событие отменено, записаться нельзя.
error-event-past = Событие уже началось или прошло — записаться нельзя.
error-registration-closed = Запись на это событие закрыта.
error-not-in-audience = Это событие для другой аудитории.

## Start and onboarding
start-link-unknown = Ссылка не распознана — открываю бот как обычно.
profile-ask-language = Здравствуйте! Это ПрофРост — бот о профессиональном развитии педагогов.
    Выберите язык / Choose your language:
consent-short-text = <b>Согласие на обработку персональных данных</b>

    Чтобы подбирать для вас мероприятия и записывать на них, бот хранит: ФИО, Telegram ID, муниципалитет, школу, предметы и педагогический стаж.

    • Цель — информирование о мероприятиях повышения квалификации, запись на них и самодиагностика.
    • Данные видят только методисты и координаторы вашей территории.
    • Согласие действует, пока вы его не отзовёте: «Профиль → Удалить мои данные».

    Федеральный закон № 152-ФЗ «О персональных данных».
consent-full-text = <b>Согласие на обработку персональных данных (полный текст)</b>

    Я, действуя свободно, своей волей и в своём интересе, даю согласие оператору бота «ПрофРост» на обработку моих персональных данных: фамилии, имени, отчества; идентификатора Telegram; муниципалитета и образовательной организации; преподаваемых предметов; педагогического стажа; сведений о записи на мероприятия и результатов самодиагностики.

    Цели обработки: информирование о мероприятиях региональных и муниципальных планов профессионального развития педагогов, запись на мероприятия, напоминания о них, построение индивидуального образовательного маршрута, подготовка обобщённой отчётности.

    Действия с данными: сбор, запись, систематизация, хранение, уточнение, использование, передача методистам и координаторам в пределах их полномочий, обезличивание, удаление. Обработка ведётся с использованием средств автоматизации.

    Согласие действует до его отзыва. Отозвать согласие можно в любой момент: «Профиль → Удалить мои данные»; после этого данные удаляются.

    Основание: статьи 6 и 9 Федерального закона от 27.07.2006 № 152-ФЗ «О персональных данных».
consent-agree = ✅ Согласен(на)
consent-decline = Не согласен(на)
consent-show-full = 📄 Полный текст
consent-show-short = Кратко
consent-declined = Понимаем. Мы ничего о вас не сохранили. Если передумаете — отправьте /start.
consent-recorded = Спасибо! Согласие записано. Теперь несколько вопросов о вас.
onboarding-paused = Регистрация приостановлена, ответы сохранены. Чтобы продолжить, отправьте /start.
onboarding-finish-first = Сначала закончим регистрацию: ответьте на вопрос ниже. Меню и кнопки заработают сразу после неё.
onboarding-done = 🎉 Готово, вы зарегистрированы!

## Profile
profile-ask-name = Как вас зовут? Напишите фамилию, имя и отчество.
profile-rule-name-length = ФИО должно быть от 2 до 100 символов. Попробуйте ещё раз.
profile-rule-name-letters = В ФИО допустимы только буквы, пробелы и дефисы. Попробуйте ещё раз.
profile-ask-municipality = Выберите ваш муниципалитет:
profile-ask-school = Выберите вашу школу или напишите часть её названия:
profile-ask-school-filtered = Школы по запросу «{ $query }». Выберите свою или напишите другой запрос:
profile-no-school-found = По запросу «{ $query }» школ не нашлось. Напишите другой запрос или покажите все школы.
profile-no-schools = В этом муниципалитете пока нет школ в справочнике. Выберите другой муниципалитет или обратитесь к администратору.
profile-other-municipality = ‹ Другой муниципалитет
profile-show-all-schools = Все школы
profile-ask-subjects = Какие предметы вы ведёте? Отметьте все и нажмите «Готово». { $count ->
        [0] Пока ничего не выбрано.
        [one] Выбран { $count } предмет.
        [few] Выбрано { $count } предмета.
       *[many] Выбрано { $count } предметов.
    }
profile-rule-subjects = Отметьте хотя бы один предмет.
profile-ask-experience = Сколько лет вы работаете педагогом? Нажмите кнопку или напишите число.
profile-experience-under-one = Меньше года
profile-rule-experience = Напишите число лет от 0 до 60.
profile-not-set = не указано
profile-card = <b>👤 Профиль</b>

    ФИО: { $name }
    Муниципалитет: { $municipality }
    Школа: { $school }
    Предметы: { $subjects }
    Стаж: { $experience ->
        [-1] не указан
        [0] меньше года
        [one] { $experience } год
        [few] { $experience } года
       *[many] { $experience } лет
    }{ $young ->
        [yes] {" "}(молодой педагог)
       *[no] {""}
    }
    Роли: { $roles }
    Язык: { $language }
profile-edit-name = ✏️ ФИО
profile-edit-place = 🏫 Место работы
profile-edit-subjects = 📚 Предметы
profile-edit-experience = ⏳ Стаж
profile-edit-language = 🌐 Язык
profile-delete = 🗑 Удалить мои данные
profile-delete-question = <b>Удалить ваши данные?</b>

    Согласие на обработку будет отозвано; профиль, роли и записи на мероприятия удалятся. Отменить это нельзя.
profile-delete-confirm = Да, удалить
profile-delete-keep = Нет, оставить
profile-deleted = Ваши данные удалены, согласие отозвано. Чтобы снова пользоваться ботом, отправьте /start.
profile-saved = ✅ Сохранено.
profile-unchanged = Изменения отменены.
profile-edit-left = Изменение профиля прервано, ничего не изменилось.
language-ru = Русский
language-en = English

## Subjects
subject-primary = Начальные классы
subject-russian = Русский язык
subject-literature = Литература
subject-native-language = Родной язык
subject-foreign-language = Иностранный язык
subject-math = Математика
subject-informatics = Информатика
subject-physics = Физика
subject-chemistry = Химия
subject-biology = Биология
subject-geography = География
subject-history = История
subject-social-studies = Обществознание
subject-arts = ИЗО
subject-music = Музыка
subject-technology = Труд (технология)
subject-physical-education = Физкультура
subject-life-safety = ОБЗР
subject-special-education = Коррекционная педагогика
subject-other = Другое

## Roles
role-teacher = педагог
role-coordinator = координатор
role-methodologist = методист
role-admin = администратор
invite-granted = Вам выдана роль: { $role }.
invite-already-held = У вас уже есть роль: { $role }.

## Main menu, help, settings
menu-main-title = <b>Главное меню</b>
    Выберите раздел:
menu-profile = 👤 Профиль
menu-settings = ⚙️ Настройки
menu-admin = 🛠 Администрирование
menu-help = ❓ Помощь
help-text = <b>ПрофРост</b> — бот о профессиональном развитии педагогов Омской области.

    /start — регистрация или главное меню
    /menu — главное меню
    /settings — язык
    /help — эта справка

    Вопросы о мероприятиях задавайте методисту вашего муниципалитета.
settings-title = <b>⚙️ Настройки</b>
    Язык: { $language }
unhandled-message = Я понимаю кнопки и команды. Откройте /menu или /help.
unhandled-not-registered = Здравствуйте! Чтобы начать, отправьте /start.
group-write-privately = Я работаю только в личных сообщениях: напишите мне @{ $bot }.

## Admin
admin-title = <b>🛠 Администрирование</b>
admin-new-invite = ✉️ Новое приглашение
admin-invites = 📋 Приглашения
admin-roles = 👥 Роли
admin-directory = 🏫 Справочник
admin-cancelled = Отменено, ничего не изменилось.
admin-invite-left = Создание приглашения прервано, ничего не сохранено.
admin-invite-ask-role = Какую роль даст приглашение?
admin-invite-ask-level = Где будет работать координатор?
admin-level-school = В школе
admin-level-municipality = В муниципалитете
admin-invite-ask-uses = Сколько человек смогут воспользоваться ссылкой?
admin-invite-ask-days = Сколько дней ссылка будет действовать?
admin-invite-line = { $role }, { $place }: использовано { $uses } из { $max }, до { $until }
admin-invite-created = ✅ Приглашение создано: { $summary }

    Отправьте эту ссылку тому, кому выдаёте роль:
    { $link }
admin-invites-title = <b>Действующие приглашения: { $count }</b>
admin-invites-empty = Действующих приглашений нет.
admin-revoke-invite = ✖️ Отозвать { $n }
admin-invite-revoked = Приглашение отозвано.
admin-roles-title = <b>Выданные роли: { $count }</b>
admin-roles-empty = Ролей пока никому не выдано. Создайте приглашение.
admin-revoke-role = ✖️ Снять { $n }
admin-role-revoked = Роль снята.

## Directory
directory-title = <b>🏫 Справочник</b>
    Муниципалитеты и школы:
directory-add-municipality = ➕ Добавить муниципалитет
directory-add-school = ➕ Добавить школу
directory-rename-municipality = ✏️ Переименовать муниципалитет
directory-rename-school = ✏️ Переименовать школу
directory-ask-municipality-name = Напишите название муниципалитета:
directory-ask-school-name = Напишите название школы:
directory-ask-new-name = Напишите новое название:
directory-pick-municipality = Выберите муниципалитет:
directory-pick-school = Выберите школу или напишите часть её названия:
directory-ask-timezone = Выберите часовой пояс муниципалитета:
directory-saved = ✅ Сохранено: «{ $name }».
directory-edit-left = Изменение справочника прервано, ничего не изменилось.
timezone-europe-kaliningrad = Калининград
timezone-europe-moscow = Москва
timezone-europe-samara = Самара
timezone-asia-yekaterinburg = Екатеринбург
timezone-asia-omsk = Омск
timezone-asia-novosibirsk = Новосибирск
timezone-asia-krasnoyarsk = Красноярск
timezone-asia-irkutsk = Иркутск
timezone-asia-yakutsk = Якутск
timezone-asia-vladivostok = Владивосток
timezone-asia-magadan = Магадан
timezone-asia-kamchatka = Камчатка

## Events: browse and sign up
menu-upcoming = 📅 Ближайшие события
menu-my-registrations = 🎫 Мои записи
events-range-all = Все
events-range-week = Эта неделя
events-range-month = Этот месяц
events-filter-webinar = Вебинары
events-filter-seminar = Семинары
events-filter-course = Курсы
events-filter-contest = Конкурсы
events-filter-conference = Конференции
events-filter-diagnostics = Диагностика
events-filter-mentoring = Наставничество
events-upcoming-title = <b>📅 Ближайшее для вас: { $count }</b>
events-upcoming-empty = Пока ничего не запланировано. Загляните позже — мы напомним о новых событиях.
events-upcoming-empty-filtered = По этому фильтру ничего нет. Посмотрите все события →
events-widen = Показать все события
events-from-plan = из плана
events-to-list = ‹ К списку
events-mine-title = <b>🎫 Мои записи</b>
events-mine-empty = Вы пока никуда не записаны. Откройте «Ближайшие события».
events-mine-past = <b>Прошедшие:</b>
event-card-when = 🗓 { $when }
event-card-place = 📍 { $place }
event-card-link = 🔗 { $link }
event-card-link-after = 🔗 Ссылка появится после записи
event-card-seats = 👥 Свободно мест: { $left } из { $capacity }
event-card-no-limit = 👥 Без ограничения мест
event-card-deadline = ⏳ Запись до: { $when }
event-card-cancelled = ❌ Событие отменено.
event-card-past = Событие уже началось или прошло.
event-card-closed = Запись закрыта.
event-card-you-registered = ✅ Вы записаны.
event-card-you-waitlisted = ⏳ Вы в листе ожидания, номер { $position }.
event-card-not-for-you = Это событие для другой аудитории.
event-sign-up = ✍️ Записаться
event-join-waitlist = ⏳ Встать в лист ожидания
event-cancel-registration = Отменить запись
event-leave-waitlist = Покинуть лист ожидания
event-add-to-calendar = 📅 В календарь (.ics)
event-ics-caption = Откройте файл, чтобы добавить событие в календарь.
event-toast-registered = Вы записаны
event-toast-waitlisted = Вы в листе ожидания
event-toast-cancelled = Запись отменена
event-toast-left-waitlist = Вы покинули лист ожидания
event-registered-message = ✅ Вы записаны на «{ $title }».
    🗓 { $when }
    { $where }
event-waitlisted-message = ⏳ Мест на «{ $title }» нет — вы в листе ожидания под номером { $position }. Если место освободится, я сразу напишу.
event-promoted = 🎉 Освободилось место: вы записаны на «{ $title }».
    🗓 { $when }
    { $where }
    Если не сможете прийти, отдайте место следующему — одной кнопкой.
event-give-back = Отказаться от места
event-open-card = Открыть событие
event-attendance = ✔️ Отметить посещаемость
event-coordinator-list = 👥 Записавшиеся от моих школ
event-attendance-title = <b>{ $title }</b>
    Записано: { $count }. Нажмите на человека, чтобы отметить, что он был.
event-attendance-empty = <b>{ $title }</b>
    Пока никто не записан.
event-marked-present = Отмечен(а): был(а)
event-marked-absent = Отметка снята
event-check-in-code = 🔑 Код для отметки
event-check-in-code-message = 🔑 Код для отметки на «{ $title }»: <b>{ $code }</b>
    Покажите его участникам: кто отправит этот код боту во время события, будет отмечен как присутствовавший.
event-checked-in = ✅ Вы отмечены на «{ $title }». Спасибо!
event-coordinator-title = <b>{ $title }</b>
    От ваших школ: { $count }
event-coordinator-empty = <b>{ $title }</b>
    От ваших школ пока никто не записался.

## Plans: import
menu-plans = 📋 Планы
menu-plan-import = 📥 Импорт плана
plan-import-howto = <b>Импорт плана</b>
    Отправьте документ плана сюда в чат: текст (.txt, UTF-8 или Windows-1251) или Word (.docx), до 5 МБ. Я покажу, что нашёл, и ничего не сохраню, пока вы не нажмёте «Сохранить».
plan-import-not-allowed = Импортировать планы могут только методисты. Если вы методист, попросите приглашение у администратора.
plan-import-reading = ⏳ Читаю «{ $file }»…
plan-error-empty = Файл пустой. Отправьте документ плана.
plan-error-too-large = Файл больше 5 МБ. Отправьте план поменьше или разделите его.
plan-error-old-doc = Это старый формат Word (.doc). Сохраните документ как .docx и отправьте снова.
plan-error-not-a-document = Это не похоже на документ плана: пришлите .txt или .docx.
plan-error-unknown-encoding = Не удалось прочитать кодировку текста. Сохраните файл в UTF-8 или Windows-1251.
plan-error-no-measures-table = В документе не нашлось таблицы мероприятий (с колонками «№ п/п», «Мероприятие», «Срок», «Ответственный»).
plan-preview-file = Полный предпросмотр: все мероприятия и замечания.
plan-preview = <b>{ $title }</b>

    Разделов: { $sections }
    Мероприятий: { $measures }, из них с датами: { $dated }
    Замечаний: { $warnings }
plan-preview-first-warnings = Первые замечания ({ $shown } из { $count }):
plan-save = 💾 Сохранить
plan-cancel = ✖️ Отмена
plan-saving = Сохраняю…
plan-saved = ✅ План «{ $title }» сохранён.
    Новых мероприятий: { $created }, изменённых: { $updated }, без изменений: { $unchanged }, убрано в архив: { $removed }.
plan-cancelled = Импорт отменён, ничего не сохранено.
plan-preview-kind = Вид
plan-preview-schedule = Сроки
plan-preview-executors = Исполнители
plan-preview-result = Результат
plan-preview-warnings = Замечания ({ $count }):
plan-cli-usage = Использование: npm run plan:import -- ФАЙЛ [--dry-run] [--json] [--lang ru|en]
plan-cli-unreadable = Не удалось прочитать файл { $file }.
plan-cli-summary = Разделов: { $sections }, мероприятий: { $measures }, с датами: { $dated }, замечаний: { $warnings }.
plan-cli-saved = Сохранено: новых { $created }, изменённых { $updated }, без изменений { $unchanged }, в архив { $removed }.
measure-kind-webinar = вебинар
measure-kind-seminar = семинар
measure-kind-course = курсы
measure-kind-contest = конкурс
measure-kind-conference = конференция
measure-kind-diagnostics = диагностика
measure-kind-mentoring = наставничество
measure-kind-report = отчёт, мониторинг
measure-kind-other = другое
recurrence-weekly = еженедельно
recurrence-monthly = ежемесячно
recurrence-quarterly = раз в квартал
recurrence-twice-yearly = два раза в год
recurrence-yearly = ежегодно
plan-warning-numbering-gap = пропуск в нумерации: после { $from } идёт { $to }
plan-warning-numbering-repeat = номер { $number } повторяется
plan-warning-number-not-numeric = «{ $text }» вместо номера
plan-warning-empty-cell = пустая ячейка «{ $column ->
        [title] Мероприятие
        [schedule] Сроки
        [executors] Ответственные
       *[result] Ожидаемый результат
    }»
plan-warning-date-unreadable = срок «{ $text }» не удалось перевести в даты, оставлен текстом
plan-warning-row-unplaced = строка { $line } не отнесена ни к одному мероприятию: «{ $text }»

## Plans: browsing
plans-title = <b>📋 Планы ({ $count })</b>
    Выберите план:
plans-empty = Планов пока нет.
plans-all-measures = Все мероприятия ({ $count })
plans-plan-card = <b>{ $title }</b>
    { $source }

    Мероприятий: { $count }. Выберите раздел:
plans-by-agreement = (по согласованию)
plans-measure = <b>{ $number }.</b> { $title }
    <i>{ $kind }</i> · { $schedule }
    { $executors }
plans-no-measures = В этом разделе нет мероприятий.
plans-make-event = ➕ Событие по { $number }

## Events: manage
event-new-button = ➕ Новое событие
event-manage-button = 🗂 Мои события
event-new-keep = ✔️ { $value }
event-new-skip = Пропустить
event-new-ask-title = <b>Новое событие</b>
    Как оно называется? Напишите название — от 3 до { $max } символов.
event-new-from-plan = По плану: «{ $value }»
event-new-ask-kind = Какой это вид события?
event-new-ask-kind-suggested = Какой это вид события? Точкой отмечен вид из плана.
event-new-ask-description = Напишите описание: о чём событие и что подготовить (до { $max } символов). Или нажмите «Пропустить».
event-new-ask-start = Когда начало? Напишите дату и время ({ $zone }), например <code>{ $example }</code>. Год можно не писать: <code>5.12 15:00</code> — ближайшее 5 декабря.
event-new-start-plan-date = По плану: { $schedule }. Например: <code>{ $example }</code>
event-new-start-plan-schedule = По плану: { $schedule }.
event-new-ask-end = Начало: { $start }.
    Сколько продлится? Выберите или напишите время окончания, например <code>17:00</code>.
event-new-end-1h = 1 ч
event-new-end-90m = 1,5 ч
event-new-end-2h = 2 ч
event-new-end-3h = 3 ч
event-new-end-day = Весь день
event-new-ask-place = Где пройдёт событие? Пришлите ссылку на трансляцию (https://…) или адрес.
event-new-ask-organiser = Кто организатор? Напишите название организации или имя — или выберите ниже.
event-new-organiser-me = 👤 Я: { $name }
event-new-organiser-plan = 🏛 { $name }
event-new-rule-organiser = Организатор — от { $min } до { $max } символов.
event-new-ask-capacity = Сколько мест? Выберите или напишите число от 1 до { $max }.
event-new-no-limit = Без ограничения
event-new-ask-deadline = Начало: { $start }.
    До какого момента открыта запись? Выберите или напишите дату, например <code>3.12</code> или <code>3.12 18:00</code>.
event-new-deadline-start = До начала события
event-new-deadline-days = { $days ->
        [one] За { $days } день
        [few] За { $days } дня
       *[many] За { $days } дней
    }
event-new-rule-deadline-past = Этот срок уже прошёл: запись должна закрываться в будущем.
event-new-rule-datetime = Не удалось прочитать дату. Напишите дату и время так: <code>{ $example }</code> (или без года: <code>5.12 15:00</code>).
event-new-rule-end = Не удалось прочитать время окончания. Напишите время, например <code>17:00</code>, или дату и время: <code>{ $example }</code>.
event-new-rule-deadline-format = Не удалось прочитать дату. Напишите, например, <code>{ $example }</code> или <code>{ $example } 18:00</code>.
event-new-rule-no-such-date = Такой даты или времени нет в календаре: проверьте число, месяц и часы.
event-new-ask-audience = Для кого событие? Отметьте условия: событие увидят те, кто подходит под все сразу. Без отметок — для всех.

    Сейчас: { $audience }
event-new-audience-all = Для всех
event-new-audience-municipality = Мой муниципалитет: { $name }
event-new-audience-young = Только молодые педагоги
event-new-audience-subjects = 📚 Предметы: { $count ->
        [0] любые
       *[other] { $count }
    }
event-new-ask-subjects = Для учителей каких предметов? Если ничего не отмечено — для всех. Отмечено: { $count }.
event-new-preview = <b>Проверьте событие.</b> Так его увидят педагоги:
event-new-save = 💾 Сохранить
event-new-edit = ✏️ Изменить…
event-new-pick-field = Что изменить?
event-new-field-title = Название
event-new-field-kind = Вид
event-new-field-description = Описание
event-new-field-time = Время
event-new-field-place = Место
event-new-field-organiser = Организатор
event-new-field-capacity = Места
event-new-field-deadline = Запись до
event-new-field-audience = Для кого
event-new-cancelled = Событие не создано, ничего не сохранено.
event-new-left = Создание события прервано, черновик не сохранён.
event-new-created = ✅ Событие «{ $title }» создано.
    Ссылка, чтобы поделиться: { $link }
event-manage-line-when = 🗓 { $when }
event-manage-line-place = 📍 { $place }
event-manage-line-link = 🔗 { $link }
event-manage-line-capacity = 👥 Мест: { $capacity }
event-manage-line-no-limit = 👥 Без ограничения мест
event-manage-line-deadline = ⏳ Запись до: { $when }
event-manage-line-until-start = ⏳ Запись открыта до начала
event-manage-line-audience = 🎯 Для кого: { $audience }
event-manage-audience-everyone = все
event-manage-audience-municipality = { $name }
event-manage-audience-subjects = предметы: { $subjects }
event-manage-audience-roles = роли: { $roles }
event-manage-audience-young = только молодые педагоги
event-manage-title = <b>🗂 Предстоящие события: { $count }</b>
event-manage-empty = Предстоящих событий нет. Создайте новое →
event-manage-seats = 📝 записано { $registered } из { $capacity }, в листе ожидания { $waitlisted }
event-manage-is-cancelled = ❌ Событие отменено.
event-manage-is-past = Событие уже началось или прошло — изменить его нельзя.
event-manage-change-time = 🕒 Изменить время
event-manage-change-place = 📍 Место или ссылка
event-manage-cancel = ❌ Отменить событие
event-manage-to-list = ‹ К списку
event-manage-cancel-confirm = Отменить «{ $title }»? { $count ->
        [0] Записавшихся пока нет.
        [one] Сообщение об отмене получит { $count } человек.
        [few] Сообщение об отмене получат { $count } человека.
       *[many] Сообщение об отмене получат { $count } человек.
    }
event-manage-cancel-yes = Да, отменить событие
event-manage-cancel-no = ‹ Нет, вернуться
event-manage-cancelled = Событие отменено
event-manage-unchanged = Ничего не изменилось.
event-manage-left = Изменение события прервано, ничего не изменилось.
event-manage-confirm-time = Перенести «{ $title }»?
    Было: { $before }
    Станет: { $after }
    Записавшихся и ожидающих: { $count } — каждому придёт сообщение.
event-manage-confirm-place = Новое место события «{ $title }»: { $where }
    Записавшихся и ожидающих: { $count } — каждому придёт сообщение.
event-manage-confirm-yes = ✅ Подтвердить
event-manage-time-changed = ✅ Время изменено.
event-manage-place-changed = ✅ Место изменено.
event-manage-told = { $count ->
        [0] Записавшихся нет — сообщать некому.
        [one] Сообщение уходит { $count } участнику.
       *[many] Сообщение уходит { $count } участникам.
    }
event-manage-tell-time = 🕒 Событие «{ $title }» перенесено.
    Было: { $before }
    Теперь: { $after }
event-manage-tell-place = 📍 Изменилось место события «{ $title }» ({ $when }).
    Теперь: { $where }
event-manage-tell-link-later = онлайн; ссылка придёт, когда для вас освободится место
event-manage-tell-cancel = ❌ Событие «{ $title }» ({ $when }) отменено. Простите за неудобство — другие события есть в меню «Ближайшие события».
error-event-place = Адрес — от 2 до 300 символов; для онлайн-события пришлите ссылку https://…
