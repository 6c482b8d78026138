## Common buttons and hints
button-back = ‹ Назад
button-cancel = ✖️ Отмена
button-done = ✅ Готово
button-menu = ‹ В меню
button-start = ▶️ Начать
button-outdated = Эта кнопка устарела.
hint-use-buttons = Пожалуйста, выберите ответ кнопкой под сообщением.
hint-send-text = Пожалуйста, ответьте текстом.

## Commands
command-start = Начать или открыть меню
command-menu = Главное меню
command-settings = Настройки: язык, напоминания, часовой пояс, тихие часы
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
error-in-use = Удалить нельзя: на эту запись уже ссылаются. Объедините её с другой.
error-merge-into-itself = Запись нельзя объединить саму с собой.
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
error-plan-changed = Этот план изменили, пока вы смотрели предпросмотр. Ничего не сохранено.

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
profile-rule-name-letters = В ФИО допустимы только буквы, пробелы, дефисы, апострофы и точки инициалов (например: Иванова М. П.). Попробуйте ещё раз.
profile-ask-municipality = Выберите ваш муниципалитет или напишите часть его названия (например: таврич):
profile-ask-municipality-filtered = Муниципалитеты по запросу «{ $query }». Выберите муниципалитет или напишите другой запрос:
profile-no-municipality-found = По запросу «{ $query }» муниципалитетов не нашлось. Напишите другой запрос или покажите все.
profile-show-all-municipalities = Все муниципалитеты
profile-ask-school = Выберите вашу школу или напишите часть её названия:
profile-ask-school-filtered = Школы по запросу «{ $query }». Выберите школу или напишите другой запрос:
profile-no-school-found = По запросу «{ $query }» школ не нашлось. Напишите другой запрос (например, только номер: 45), покажите все школы или нажмите «Моей школы нет в списке».
profile-school-missing = ➕ Моей школы нет в списке
profile-ask-missing-school = Напишите полное название вашей школы, например: МБОУ «Любинская СОШ № 2». Администраторы добавят её в справочник, а регистрация пока продолжится без школы.
profile-back-to-schools = ‹ К списку школ
profile-rule-school-name = Название школы — от 1 до 200 символов, хотя бы одна буква. Попробуйте ещё раз.
profile-school-found = Такая школа уже есть в справочнике: { $school }. Записали её как вашу.
profile-school-requested = Записали: «{ $school }». Администраторы добавят школу в справочник, и мы вам сообщим. Пока школа в профиле не указана.
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
profile-rule-experience = Напишите число лет от 0 до 60, например: 15 или 15 лет.
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
help-intro = <b>❓ Помощь</b>
    <b>ПрофРост</b> — бот о профессиональном развитии педагогов Омской области: мероприятия планов, запись на них и напоминания.
help-teacher = <b>📅 Ближайшие события</b> — семинары, курсы и мероприятия планов для вас (по вашему муниципалитету, школе и предметам). Откройте событие, чтобы прочитать о нём и записаться.
    <b>Запись</b>: кнопка «Записаться» на карточке. Если мест нет, можно встать в лист ожидания — освободится место, бот запишет вас и сообщит; ваше место в очереди видно на карточке.
    <b>🎫 Мои записи</b> — ваши записи и очереди, прошедшие события и посещение. Отменить запись можно там же, с подтверждением.
    <b>📋 Планы</b> — региональные и муниципальные планы: мероприятия, сроки и исполнители.
    <b>👤 Профиль</b> — ваши данные, место работы, предметы и стаж; там же «Удалить мои данные».
help-coordinator = <b>Координатору</b>: «👥 Мои педагоги на событиях» — на что записались педагоги вашей школы или муниципалитета, предстоящее и прошедшее, списки по школам.
help-events-staff = <b>Методисту</b>: «➕ Новое событие» и «🗂 Мои события» — создать событие, изменить его, отменить, отметить посещение и показать код отметки; записанные узнают об изменениях сами.
help-plans-staff = <b>Планы</b>: «📥 Импорт плана» — пришлите файл плана (Word, PDF, Excel или текст), бот покажет, что в нём, и сохранит после проверки. В карточке плана его можно убрать в архив или удалить.
help-admin = <b>Администратору</b>: «🛠 Администрирование» — приглашения и роли, справочник муниципалитетов и школ, заявки педагогов на школы, которых нет в списке.
help-commands = /menu — главное меню · /settings — язык, напоминания, часовой пояс и тихие часы · /start — начать заново · /help — эта справка
help-contact = Вопросы и помощь: { $contact }
help-contact-default = Вопросы и помощь: координатор вашей школы или методист вашего муниципалитета.
settings-title = <b>⚙️ Настройки</b>
    Язык: { $language }
settings-choose-language = Выберите язык:
settings-language-saved = ✅ Язык изменён.
unhandled-message = Я понимаю кнопки и команды. Откройте /menu или /help.
unhandled-not-registered = Здравствуйте! Чтобы начать, отправьте /start.
group-write-privately = Я работаю только в личных сообщениях: напишите мне @{ $bot }.

## Admin
admin-title = <b>🛠 Администрирование</b>
admin-new-invite = ✉️ Новое приглашение
admin-invites = 📋 Приглашения
admin-roles = 👥 Роли
admin-directory = 🏫 Справочник
admin-school-requests = 🆕 Заявки на школы
school-requests-title = <b>🆕 Заявки на школы: { $count }</b>
    Педагоги не нашли свою школу в справочнике. Откройте заявку, чтобы добавить школу или отклонить заявку.
school-requests-empty = <b>🆕 Заявки на школы</b>
    Открытых заявок нет.
school-request-card = <b>Заявка на школу</b>
    Школа: { $school }
    Муниципалитет: { $municipality }
    От: { $requester }, { $date }
school-request-requester-gone = педагог удалил свои данные
school-request-add = ✅ Добавить школу
school-request-dismiss = ✖️ Отклонить
school-request-added = Школа добавлена: { $school }.
school-request-dismissed = Заявка отклонена.
error-school-request-closed = Эту заявку уже рассмотрели.
school-request-added-notice = 🏫 Вашу школу добавили в справочник: { $school }. Она указана в вашем профиле.
school-request-dismissed-notice = Школу «{ $school }» не добавили в справочник. Выберите школу в «Профиль → Место работы» или напишите администратору.
admin-cancelled = Отменено, ничего не изменилось.
admin-invite-left = Создание приглашения прервано, ничего не сохранено.
admin-invite-ask-role = Какую роль даст приглашение?
admin-invite-ask-level = Где будет работать координатор?
admin-level-school = В школе
admin-level-municipality = В муниципалитете
admin-invite-ask-uses = Сколько человек смогут воспользоваться ссылкой?
admin-invite-ask-days = Сколько дней ссылка будет действовать?
admin-invite-line = { $role } · { $place } · использовано { $uses } из { $max } · до { $until }
admin-place-region = весь регион
admin-invite-created = ✅ Приглашение создано: { $summary }

    Отправьте эту ссылку тому, кому выдаёте роль:
    { $link }
admin-invites-title = <b>Действующие приглашения: { $count }</b>
admin-invites-empty = Действующих приглашений нет.
admin-revoke-invite = ✖️ Отозвать { $n }
admin-invite-revoked = Приглашение отозвано.
admin-revoke-invite-ask = Отозвать приглашение?
    { $summary }
    { $link }

    Ссылка перестанет работать. Роли, уже выданные по ней, останутся.
admin-revoke-invite-confirm = ✖️ Да, отозвать
admin-roles-title = <b>Выданные роли: { $count }</b>
admin-roles-empty = Ролей пока никому не выдано. Создайте приглашение.
admin-revoke-role = ✖️ Снять { $n }
admin-role-revoked = Роль снята.
admin-revoke-role-ask = Снять роль?
    { $grant }

    Человеку придёт сообщение об этом.
admin-revoke-role-confirm = ✖️ Да, снять
role-revoked-notice = Администратор снял с вас роль «{ $role }» ({ $place }). Если это ошибка, обратитесь к администратору.

## Directory
directory-title = <b>🏫 Справочник</b>
    { $municipalities ->
        [one] { $municipalities } муниципалитет
        [few] { $municipalities } муниципалитета
       *[many] { $municipalities } муниципалитетов
    }, { $schools ->
        [one] { $schools } школа
        [few] { $schools } школы
       *[many] { $schools } школ
    }. Откройте муниципалитет, чтобы увидеть его школы и изменить их.
directory-empty = <b>🏫 Справочник</b>
    Справочник пуст. Добавьте первый муниципалитет.
directory-municipality-button = { $name } · { $schools }
directory-municipality-card = <b>{ $name }</b>
    Часовой пояс: { $zone }
    { $schools ->
        [one] { $schools } школа
        [few] { $schools } школы
       *[many] { $schools } школ
    }, { $people ->
        [one] { $people } человек
        [few] { $people } человека
       *[many] { $people } человек
    }.
    { $schools ->
        [0] Школ пока нет: добавьте первую.
       *[other] Откройте школу, чтобы изменить её.
    }
directory-school-card = <b>{ $name }</b>
    { $municipality }
    { $people ->
        [one] { $people } человек
        [few] { $people } человека
       *[many] { $people } человек
    }.
directory-add-municipality = ➕ Добавить муниципалитет
directory-add-school = ➕ Добавить школу
directory-rename = ✏️ Переименовать
directory-merge = 🔀 Объединить с…
directory-delete = 🗑 Удалить
directory-delete-confirm = 🗑 Да, удалить
directory-deleted = Удалено.
directory-delete-ask = { $kind ->
        [school] Удалить школу «{ $name }»?
       *[municipality] Удалить муниципалитет «{ $name }»?
    } Это нельзя отменить.
directory-delete-refused = { $kind ->
        [school] Школу «{ $name }» нельзя удалить: с ней связаны
       *[municipality] Муниципалитет «{ $name }» нельзя удалить: с ним связаны
    }
    { $references }

    { $kind ->
        [school] Если это дубликат, объедините её с правильной школой: всё это перейдёт туда, а дубликат будет удалён.
       *[municipality] Если это дубликат, объедините его с правильным муниципалитетом: всё это перейдёт туда, а дубликат будет удалён.
    }
directory-merge-pick-municipality = С каким муниципалитетом объединить? Выберите тот, что останется:
directory-merge-pick-school = С какой школой объединить? Выберите ту, что останется, или напишите часть её названия:
directory-merge-ask = Объединить «{ $from }» с «{ $into }»?
    В «{ $into }» перейдёт:
    { $moves }

    { $kind ->
        [school] «{ $from }» будет удалена.
       *[municipality] Школы с одинаковыми названиями станут одной. «{ $from }» будет удалён.
    } Это нельзя отменить.
directory-merge-nothing = • ничего: запись пустая
directory-merge-confirm = 🔀 Объединить
directory-merged = ✅ Объединено: всё теперь в «{ $name }».
directory-n-schools = { $schools ->
        [one] { $schools } школа
        [few] { $schools } школы
       *[many] { $schools } школ
    }
directory-n-people = { $people ->
        [one] { $people } человек
        [few] { $people } человека
       *[many] { $people } человек
    }
directory-n-roles = { $roles ->
        [one] { $roles } роль
        [few] { $roles } роли
       *[many] { $roles } ролей
    }
directory-n-invites = { $invites ->
        [one] { $invites } действующее приглашение
        [few] { $invites } действующих приглашения
       *[many] { $invites } действующих приглашений
    }
directory-n-events = { $events ->
        [one] { $events } событие, адресованное сюда
        [few] { $events } события, адресованных сюда
       *[many] { $events } событий, адресованных сюда
    }
directory-n-plans = { $plans ->
        [one] { $plans } план
        [few] { $plans } плана
       *[many] { $plans } планов
    }
directory-n-requests = { $requests ->
        [one] { $requests } запрос на добавление школы
        [few] { $requests } запроса на добавление школы
       *[many] { $requests } запросов на добавление школы
    }
directory-ask-municipality-name = Напишите название муниципалитета:
directory-ask-school-name = Напишите название новой школы в «{ $municipality }»:
directory-ask-new-name = Сейчас: «{ $name }». Напишите новое название:
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
events-range-week = 7 дней
events-range-month = 30 дней
events-filter-webinar = Вебинары
events-filter-seminar = Семинары
events-filter-course = Курсы
events-filter-contest = Конкурсы
events-filter-conference = Конференции
events-filter-diagnostics = Диагностика
events-filter-mentoring = Наставничество
events-upcoming-title = <b>📅 Ближайшее для вас: { $count }</b>
events-upcoming-title-until = <b>📅 Ближайшее для вас по { $until }: { $count }</b>
events-item-registered = вы записаны
events-item-waitlisted = вы в листе ожидания
events-item-closed = запись закрыта
events-upcoming-empty = Пока ничего не запланировано. Загляните позже — мы напомним о новых событиях.
events-upcoming-empty-filtered = По этому фильтру ничего нет. Посмотрите все события →
events-widen = Показать все события
events-from-plan = из плана
events-to-list = ‹ К списку
events-to-mine = ‹ К моим записям
events-mine-title = <b>🎫 Мои записи</b>
events-mine-empty = Вы пока никуда не записаны. Посмотрите ближайшие события →
events-mine-legend = <i>✅ вы записаны · ⏳ лист ожидания · ❌ событие отменено · ✔️ вы были · ▫️ посещение не отмечено</i>
events-mine-place = место в очереди: { $place }
events-mine-past = <b>Прошедшие:</b>
event-card-when = 🗓 { $when }
event-card-place = 📍 { $place }
event-card-link = 🔗 { $link }
event-card-link-after = 🔗 Ссылка появится после записи
event-card-seats = 👥 Свободно мест: { $left } из { $capacity }
event-card-seats-none = 👥 Свободных мест нет
event-card-seats-none-waitlist = 👥 Свободных мест нет — можно встать в лист ожидания
event-card-no-limit = 👥 Без ограничения мест
event-card-deadline = ⏳ Запись до: { $when }
event-card-cancelled = ❌ Событие отменено.
event-card-past = Событие прошло.
event-card-started = Событие уже идёт.
event-card-closed = 🔒 Запись закрылась: { $when }. Если вам всё же нужно участвовать, спросите организатора — { $organiser }.
event-card-see-others = Другие события — в «Ближайших событиях».
event-card-you-registered = ✅ Вы записаны.
event-card-you-waitlisted = ⏳ Вы в листе ожидания, ваше место в очереди: { $place }.
event-card-not-for-you = Это событие для другой аудитории: записаться на него нельзя.
event-sign-up = ✍️ Записаться
event-join-waitlist = ⏳ Встать в лист ожидания
event-cancel-registration = Отменить запись
event-leave-waitlist = Покинуть лист ожидания
event-leave-ask-registered = Отменить запись на «{ $title }», { $when }?
event-leave-ask-waitlisted = Покинуть лист ожидания на «{ $title }», { $when }? Сейчас ваше место в очереди: { $place }; если встанете снова, окажетесь в конце.
event-leave-warn-closed = ⚠️ Запись на это событие уже закрыта: записаться снова не получится.
event-leave-warn-queue = ⚠️ Свободных мест нет, в листе ожидания — { $count } чел.: ваше место сразу перейдёт к первому из них. Вернуть его не получится, только встать в конец очереди.
event-leave-yes-registered = Да, отменить запись
event-leave-yes-waitlisted = Да, покинуть лист ожидания
event-leave-no = Нет, оставить
event-leave-too-late = Событие уже началось — запись больше не отменить.
event-read-description = 📖 Описание полностью
event-other-events = 📅 Другие события
event-add-to-calendar = 📅 В календарь (.ics)
event-ics-caption = Откройте файл, чтобы добавить событие в календарь.
event-ics-organiser = Организатор: { $organiser }
event-ics-reminder = Через час: { $title }
event-ics-unavailable = Событие отменено или уже началось — файл для календаря не нужен.
event-toast-registered = Вы записаны
event-toast-waitlisted = Вы в листе ожидания
event-toast-cancelled = Запись отменена
event-toast-left-waitlist = Вы покинули лист ожидания
event-registered-message = ✅ Вы записаны на «{ $title }».
    🗓 { $when }
    { $where }
event-waitlisted-message = ⏳ Мест на «{ $title }» нет — вы в листе ожидания, ваше место в очереди: { $place }. Если место освободится, я сразу напишу.
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

## Plans: import
menu-plans = 📋 Планы
menu-plan-import = 📥 Импорт плана
plan-import-howto = <b>Импорт плана</b>
    Отправьте документ плана сюда в чат: Word (.docx), PDF с текстом, Excel (.xlsx), CSV или текст (.txt), до 5 МБ. Я покажу, что нашёл, и ничего не сохраню, пока вы не нажмёте «Сохранить».
plan-import-not-allowed = Импортировать планы могут только методисты. Если вы методист, попросите приглашение у администратора.
plan-import-reading = ⏳ Читаю «{ $file }»…
plan-error-empty = Файл пустой. Отправьте документ плана.
plan-error-too-large = Файл больше 5 МБ. Отправьте план поменьше или разделите его.
plan-error-old-doc = Это старый формат Word (.doc). Сохраните документ как .docx или PDF и отправьте снова.
plan-error-not-a-document = Это не похоже на документ плана. Я читаю Word (.docx), PDF с текстом, Excel (.xlsx), CSV и текст (.txt).
plan-error-unknown-encoding = Не удалось прочитать кодировку текста. Сохраните файл в UTF-8 или Windows-1251.
plan-error-no-measures-table = В документе не нашлось таблицы мероприятий (с колонками «№ п/п», «Мероприятие», «Срок», «Ответственный»).
plan-error-unpacked-too-large = Документ слишком велик в распакованном виде: больше 20 МБ вместе с картинками и вложениями. Уберите лишнее (картинки, приложения) или разделите план на части.
plan-error-too-many-lines = В документе больше 10 000 строк — для одного плана это слишком много. Оставьте в нём только план или разделите его на части.
plan-error-too-many-measures = В плане больше 2 000 мероприятий. Разделите его на несколько планов и загрузите их по очереди.
plan-error-too-complex = Документ слишком сложный: я не смог прочитать его за отведённое время. Сохраните его заново как .docx без картинок или как текст (.txt) и отправьте снова.
plan-preview-file = Полный предпросмотр: все мероприятия и замечания.
plan-preview = <b>{ $title }</b>

    Разделов: { $sections }
    Мероприятий: { $measures }, из них с датами: { $dated }
    Замечаний: { $warnings }
plan-preview-new = 🆕 Это новый план: при сохранении он добавится целиком.
plan-preview-update = 🔄 <b>Этот план уже загружен</b> (сохранён { $saved }). При сохранении: новых мероприятий { $created }, изменённых { $updated }, в архив { $removed }, без изменений { $unchanged }.
plan-preview-same = 🔄 <b>Этот план уже загружен</b> (сохранён { $saved }), и в документе ничего не изменилось: сохранять нечего.
plan-preview-linked = ⚠️ К изменяемым или убираемым мероприятиям привязаны события: { $numbers }. События останутся, но проверьте их после сохранения.
plan-changed = ⚠️ <b>Пока вы смотрели предпросмотр, этот план сохранили заново.</b> Ничего не сохранено, чтобы не затереть чужие правки. Ниже — что изменится теперь; сохраните, если всё верно.
plan-saving-status = ⏳ Сохраняю план…
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
plan-cli-usage = Использование: npm run plan:import -- ФАЙЛ [--dry-run] [--json] [--lang ru|en]
plan-cli-unreadable = Не удалось прочитать файл { $file }.
plan-cli-summary = Разделов: { $sections }, мероприятий: { $measures }, с датами: { $dated }, замечаний: { $warnings }.
plan-cli-saved = Сохранено: новых { $created }, изменённых { $updated }, без изменений { $unchanged }, в архив { $removed }.
# The territory a plan concerns, from its issuer; teachers see their municipality's and region's plans.
plan-territory = 🗺 Территория: { $name }
plan-territory-unknown = 🗺 Территория не определена: план виден всем
plan-preview-territory-unknown = 🗺 Территория не определена: в документе не назван издатель. После сохранения план увидят все учителя.
plan-preview-territory-not-found = 🗺 Территория не определена: в названии издателя («{ $issuer }») нет района или области из справочника. После сохранения план увидят все учителя; если территория есть, попросите администратора добавить её в справочник и загрузите план снова.
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
plans-pick = Нажмите номер плана, чтобы открыть его.
plans-expired = ⌛ срок истёк
plans-empty = Планов пока нет.
plans-all-measures = Все мероприятия ({ $count })
plans-plan-card = <b>{ $title }</b>
    { $source }

    Мероприятий: { $count }. Выберите раздел:
plans-by-agreement = (по согласованию)
plans-measure = <b>{ $number }.</b> { $title }
    📅 { $when } · <i>{ $kind }</i>
plans-open-measure = Нажмите на мероприятие, чтобы прочитать его целиком: исполнители, сроки, ожидаемый результат.
plans-more-dates = и ещё { $count }
plans-measure-plan = 📋 { $plan }
plans-measure-section = Раздел { $number }. { $title }
plans-order-section = Сроки из текста приказа
plans-measure-schedule = 📅 Срок: { $schedule }
plans-measure-dates = 🗓 Даты: { $dates }
plans-measure-executors = 👥 Исполнители: { $executors }
plans-measure-result = 🎯 Ожидаемый результат: { $result }
plans-measure-audience = 🧑‍🏫 Целевая аудитория: { $audience }
plans-measure-document = 📄 Вид документа: { $document }
plans-measure-archived = 🗄 Это мероприятие убрано из плана при его обновлении.
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
event-edit-ask-title = Как теперь будет называться событие? Напишите название — от 3 до { $max } символов — или нажмите ✔️, чтобы оставить прежнее.
event-edit-ask-description = Напишите новое описание (до { $max } символов). ✔️ оставит прежнее, «🗑 Без описания» уберёт его.
event-edit-no-description = 🗑 Без описания
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
event-organiser-anonymous = организатор не указан
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
    { $count ->
        [0] Записавшихся и ожидающих нет — сообщать некому.
       *[other] Записавшихся и ожидающих: { $count } — каждому придёт сообщение.
    }
event-manage-confirm-place = Новое место события «{ $title }»: { $where }
    { $count ->
        [0] Записавшихся и ожидающих нет — сообщать некому.
       *[other] Записавшихся и ожидающих: { $count } — каждому придёт сообщение.
    }
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

## Events: staff (attendance, check-in, coordinators, editing)
error-event-link-long = Ссылка слишком длинная: не больше 1000 символов. Пришлите короткую ссылку на встречу.
error-event-capacity-below = Мест не может быть меньше, чем уже записано: { $registered }.
event-check-in-renew = 🔄 Новый код
event-check-in-renewed = Выдан новый код: старый больше не действует.
event-check-in-too-many = Слишком много неверных кодов. Попробуйте снова через { $minutes } мин.
event-check-in-not-registered = Это код события «{ $title }», но вы на него не записаны: отметиться могут только записавшиеся.
event-check-in-no-match = Код не подошёл: ни у одного события, которое идёт сейчас, нет такого кода. Сверьте цифры с организатором.
menu-coordinator = 👥 Мои педагоги на событиях
coordinator-events-up = Предстоящие
coordinator-events-past = Прошедшие
coordinator-events-title-up = <b>👥 Куда записались ваши педагоги</b>
    Событий: { $count }. Откройте событие, чтобы увидеть списки по школам.
coordinator-events-title-past = <b>👥 Прошедшие события ваших педагогов</b>
    Событий: { $count }. Откройте событие, чтобы увидеть, кто был.
coordinator-events-empty-up = Ваши педагоги пока никуда не записались. Прошедшие события — во вкладке «Прошедшие».
coordinator-events-empty-past = Прошедших событий, на которые записывались ваши педагоги, нет.
coordinator-people-count = { $count ->
        [one] { $count } педагог
        [few] { $count } педагога
       *[many] { $count } педагогов
    }
coordinator-no-school = Школа не указана
coordinator-people-title = От ваших школ: { $count }
coordinator-legend = ✅ записан(а) · ⏳ в листе ожидания
coordinator-legend-past = ✔️ был(а) · ✅ записан(а), отметки нет · ⏳ ждал(а) места
coordinator-people-empty = От ваших школ сейчас никто не записан.
event-manage-seats-open = 📝 записано { $registered }, без ограничения мест
event-manage-when-up = Предстоящие
event-manage-when-past = Прошедшие
event-manage-whose-mine = Мои
event-manage-whose-all = Все
event-manage-title-up = <b>🗂 Предстоящие события: { $count }</b>
event-manage-title-past = <b>🗂 Прошедшие события: { $count }</b>
    Откройте событие, чтобы отметить посещаемость.
event-manage-empty-up = Предстоящих событий нет. Создайте новое →
event-manage-empty-past = Прошедших событий пока нет.
event-manage-edit = ✏️ Название, описание, места…
event-manage-edit-pick = Что изменить в «{ $title }»?
event-manage-edit-title = Название
event-manage-edit-description = Описание
event-manage-edit-capacity = Места
event-manage-edit-deadline = Запись до
event-manage-edit-audience = Для кого
event-manage-capacity-min = Уже записано { $registered } — меньше мест сделать нельзя.
event-manage-saved = ✅ Сохранено.
event-manage-promoted = { $count ->
        [one] Место получил { $count } человек из листа ожидания — ему придёт сообщение.
       *[other] Места получили { $count } человек из листа ожидания — каждому придёт сообщение.
    }
event-manage-deadline-moves = ⏳ Запись до: было { $before }, станет { $after }.
event-manage-tell-time-deadline = 🕒 Событие «{ $title }» перенесено.
    Было: { $before }
    Теперь: { $after }
    Запись до: { $deadline }
event-new-audience-place = 📍 Другой муниципалитет или школа…
event-new-place-municipality = Для какого муниципалитета событие? Выберите или напишите часть названия.
event-new-place-anywhere = 🌍 Без ограничения по месту
event-new-place-school = <b>{ $name }</b>: для всего муниципалитета или для одной школы? Выберите или напишите часть названия школы.
event-new-place-whole = Весь муниципалитет
event-new-place-found = По запросу «{ $query }» найдено: { $count }.
event-new-place-none = По запросу «{ $query }» ничего не найдено. Попробуйте написать короче.

## Announcements: the author's status message
broadcast-status-scheduled = 📣 <b>Рассылка №{ $id }</b> запланирована.
broadcast-status-sending = 📣 <b>Рассылка №{ $id }</b> отправляется.
broadcast-status-done = 📣 <b>Рассылка №{ $id }</b> отправлена.
broadcast-status-stopped = 📣 <b>Рассылка №{ $id }</b> остановлена.
broadcast-status-cancelled = 📣 <b>Рассылка №{ $id }</b> отменена до начала.
broadcast-status-recipients = 👥 Получателей: { $count }
broadcast-status-sent = ✅ Доставлено: { $count }
broadcast-status-blocked = ⛔ Заблокировали бота: { $count }
broadcast-status-failed = ⚠️ Не доставлено: { $count }
broadcast-status-unknown = ❔ Неизвестно (бот перезапускался во время отправки): { $count }
broadcast-status-cancelled-rows = ⏹ Не отправлено (остановлена): { $count }
broadcast-status-left = ⏳ Осталось: { $count }{ $minutes ->
        [0] {""}
       *[other] , примерно { $minutes } мин
    }
broadcast-status-left-soon = ⏳ Осталось: { $count }, меньше минуты
broadcast-status-morning = 🌙 Ждут утра в часовом поясе получателя: { $count }
broadcast-button-stop = ⏹ Остановить
broadcast-button-missed = 📄 Кто не получил
broadcast-button-history = 📣 Рассылки
broadcast-button-open = Открыть
broadcast-finished = 📣 Рассылка №{ $id } отправлена: доставлено { $sent } из { $recipients }{ $missed ->
        [0] .
       *[other] ; не получили — { $missed }.
    }

## Announcements: history and muting
broadcast-history-title = 📣 <b>Рассылки</b>: { $count }
broadcast-history-empty = 📣 Рассылок пока нет.
broadcast-history-card-title = 📣 <b>Рассылка №{ $id }</b>
broadcast-history-status-scheduled = 🕓 запланирована
broadcast-history-status-sending = 📤 отправляется
broadcast-history-status-done = ✅ отправлена
broadcast-history-status-stopped = ⏹ остановлена
broadcast-history-status-cancelled = ❌ отменена
broadcast-history-urgent = ⚡ Срочная
broadcast-history-photo = 🖼 Фото
broadcast-history-document = 📄 Документ
broadcast-history-audience = 👥 Кому: { $who }
broadcast-history-audience-everyone = всем
broadcast-history-audience-places = { $names }
broadcast-history-audience-more = и ещё { $count }
broadcast-history-audience-roles = роли: { $roles }
broadcast-history-audience-subjects = предметы: { $subjects }
broadcast-history-audience-young = только молодым педагогам
broadcast-history-audience-registered = записанным на «{ $event }»
broadcast-history-audience-attended = пришедшим на «{ $event }»
broadcast-history-author = ✍️ Автор: { $name }
broadcast-history-author-gone = аккаунт удалён
broadcast-history-created = 🕓 Создана: { $when }
broadcast-history-scheduled = 📅 Запланирована на: { $when }
broadcast-history-started = ▶️ Начата: { $when }
broadcast-history-finished = 🏁 Завершена: { $when }
broadcast-history-back = ‹ К списку
broadcast-mute-done = 🔕 Отключено
broadcast-mute-undone = 🔔 Снова включено
broadcast-mute-muted-regional = 🔕 Вы больше не будете получать рассылки региона. Включить их снова можно в /settings.
broadcast-mute-muted-municipal = 🔕 Вы больше не будете получать рассылки вашего муниципалитета. Включить их снова можно в /settings.
broadcast-mute-undo = ↩️ Отменить
broadcast-mute-unmuted-regional = 🔔 Рассылки региона снова будут приходить.
broadcast-mute-unmuted-municipal = 🔔 Рассылки вашего муниципалитета снова будут приходить.
settings-announcements-about = 📣 <b>Рассылки</b>: рассылки региона присылают методисты региона, рассылки муниципалитета — координаторы вашего муниципалитета и школы. Ненужные можно отключить.
settings-announcements-regional = 📣 Рассылки региона: { $state ->
        [on] вкл
       *[off] выкл
    }
settings-announcements-municipal = 📣 Рассылки муниципалитета: { $state ->
        [on] вкл
       *[off] выкл
    }

## Announcements: composing and sending
broadcast-menu = 📣 Рассылки
broadcast-home-regional = 📣 <b>Рассылки</b>

    Напишите педагогам региона — всем или только части: по муниципалитету, школе, предмету, роли, молодым педагогам или участникам события.
broadcast-home-municipal = 📣 <b>Рассылки</b>

    Напишите педагогам вашего муниципалитета или школы — всем или только части.
broadcast-new = ✍️ Новая рассылка
broadcast-history = 📜 История
broadcast-left = Рассылка не отправлена.
broadcast-cancelled = Рассылка отменена: ничего не отправлено.
broadcast-ask-content = Пришлите рассылку одним сообщением: текст с любым оформлением или одно фото либо один документ с подписью (до { $max } символов). Получатели увидят её ровно такой, какой вы её пришлёте.
copy-unsupported = Такое сообщение нельзя разослать (стикер, голосовое, видео…). Пришлите текст, одно фото или один документ.
copy-empty = Сообщение пустое. Пришлите текст рассылки.
copy-caption-too-long = Подпись слишком длинная: под фото или документом Telegram разрешает не больше { $max } символов. Сократите её или пришлите текст отдельным сообщением без файла.
copy-album = Альбом нельзя разослать одним сообщением. Пришлите одно фото или один документ.
broadcast-ask-buttons = Добавить кнопки под рассылкой? Нажмите на кнопку ещё раз, чтобы убрать её.
broadcast-buttons-event = ➕ Запись на событие
broadcast-buttons-event-set = ✅ Запись: { $title }
broadcast-buttons-link = ➕ Ссылка
broadcast-buttons-link-set = ✅ Ссылка: { $label }
broadcast-pick-signup-event = Какое событие откроет кнопка? Выберите или напишите часть названия.
broadcast-no-events = Нет событий, из которых можно выбрать.
broadcast-ask-link-url = Пришлите ссылку, которую откроет кнопка (https://…).
broadcast-ask-link-label = Ссылка: { $url }
    Теперь текст кнопки, до { $max } символов.
broadcast-link-invalid = Эта ссылка не подойдёт: пришлите адрес, начинающийся с https://.
broadcast-link-label-invalid = Текст кнопки — от 1 до { $max } символов.
broadcast-button-signup = ✍️ Записаться на событие
broadcast-button-mute = 🔕 Не присылать такие рассылки
broadcast-ask-audience = Кому отправить рассылку? Отметьте условия: получат те, кто подходит под все. Ничего не отмечено — все.

    Сейчас: { $audience }
broadcast-reach = 👥 { $recipients ->
        [one] { $recipients } получатель
        [few] { $recipients } получателя
       *[many] { $recipients } получателей
    }
broadcast-reach-left-out = не получат: { $who }
broadcast-reach-blocked = заблокировали бота — { $count }
broadcast-reach-muted = отключили рассылки — { $count }
broadcast-audience-all-mine = Все в моём муниципалитете или школе
broadcast-audience-place = 📍 Муниципалитет или школа…
broadcast-audience-event = 🎫 Участники события…
broadcast-audience-registered = записавшиеся на «{ $title }»
broadcast-audience-attended = пришедшие на «{ $title }»
broadcast-audience-in-scope = только ваш муниципалитет или школа
broadcast-audience-empty = Рассылку никто не получит: под эти условия никто не подходит{ $blocked ->
        [0] {""}
       *[other] , заблокировали бота — { $blocked }
    }{ $muted ->
        [0] {""}
       *[other] , отключили рассылки — { $muted }
    }. Измените получателей.
broadcast-place-question = Какой муниципалитет? Выберите или напишите часть названия.
broadcast-place-anywhere = 🌍 Весь регион
broadcast-pick-audience-event = Участникам какого события? Выберите или напишите часть названия.
broadcast-ask-event-who = «{ $title }»: кому отправить рассылку?
broadcast-event-registered = Записавшимся
broadcast-event-attended = Пришедшим
broadcast-confirm = 👆 Так рассылку увидят получатели.

    <b>Кому:</b> { $audience }
broadcast-urgent-note-off = 🌙 Тихие часы соблюдаются: в тихие часы получателя ({ $hours } по его времени, если он не выбрал другие) рассылка ждёт их окончания.
broadcast-urgent-note-paid = 🚨 Срочно: уходит сразу, в том числе ночью, платной рассылкой (до 1000 сообщений в секунду, оплата в Telegram Stars).
broadcast-urgent-note-free = 🚨 Срочно: уходит сразу, в том числе ночью. Платные рассылки в этом боте выключены, поэтому скорость обычная.
broadcast-send-now = 📤 Отправить сейчас
broadcast-schedule = 🕒 Запланировать…
broadcast-urgent-off = 🚨 Срочно: нет
broadcast-urgent-on = 🚨 Срочно: да
broadcast-change-audience = 👥 Изменить получателей
broadcast-ask-schedule = Когда отправить? Напишите дату и время по вашему часовому поясу ({ $zone }), например { $example }.
broadcast-schedule-format = Не удалось прочитать дату. Напишите так: { $example }.
broadcast-schedule-no-such-date = Такой даты или времени нет. Напишите так: { $example }.
broadcast-schedule-past = Это время уже прошло. Выберите время впереди.
broadcast-scheduled-for = 🕒 Отправка: { $when }
broadcast-button-cancel-scheduled = ✖️ Отменить рассылку
broadcast-already-over = Эта рассылка уже завершена.
broadcast-stop-ask = Остановить рассылку №{ $id }? { $count ->
        [one] Ещё не отправленное { $count } сообщение отправлено не будет.
        [few] Ещё не отправленные { $count } сообщения отправлены не будут.
       *[many] Ещё не отправленные { $count } сообщений отправлены не будут.
    }
broadcast-cancel-ask = Отменить рассылку №{ $id }? Её никто не получит.
broadcast-stop-yes = ⏹ Да, остановить
broadcast-cancel-yes = ✖️ Да, отменить
broadcast-stop-no = Нет
broadcast-stop-kept = Рассылка №{ $id } продолжается.
broadcast-stopped = ⏹ Рассылка №{ $id } остановлена: не отправлено — { $count }.
broadcast-cancelled-scheduled = ✖️ Рассылка №{ $id } отменена: её никто не получил.
broadcast-missed-none = Получили все: недоставленных нет.
broadcast-missed-caption = Рассылка №{ $id }: не получили — { $count }.
broadcast-missed-name = ФИО
broadcast-missed-municipality = Муниципалитет
broadcast-missed-school = Школа
broadcast-missed-status = Статус
broadcast-missed-error = Ошибка
broadcast-missed-blocked = заблокировал бота
broadcast-missed-failed = не доставлено
broadcast-missed-expired = устарело
broadcast-missed-unknown = неизвестно (бот перезапускался во время отправки)

## Nudges: reminders the bot sends on its own
nudge-event-day = ⏰ Завтра: «{ $title }»
    🗓 { $when }
    { $where }
nudge-event-hour = ⏰ Через час: «{ $title }»
    🗓 { $when }
    { $where }
nudge-registration-closing = 📝 Запись на «{ $title }» закрывается завтра: { $deadline }.
    🗓 Само событие: { $when }
nudge-low-sign-up = 📉 До «{ $title }» три дня ({ $when }), а занято только { $taken } из { $capacity } мест. Может быть, напомнить о нём учителям?
nudge-weekly-digest = 🗓 События для вас на этой неделе:
    { $list }
nudge-open-upcoming = 🗓 Ближайшие
nudge-button-mute = 🔕 Не присылать такие напоминания

## Settings: reminders
settings-nudge-menu = 🔔 Напоминания
settings-nudge-title = 🔔 <b>Напоминания</b>
    Бот сам напоминает о событиях и сроках. ✅ — напоминания приходят, 🔕 — отключены; нажмите, чтобы переключить. Подборка на неделю приходит в понедельник утром, только если её включить.
settings-nudge-switch = { $state ->
        [on] ✅
       *[off] 🔕
    } { $kind }
settings-nudge-event-day = За день до события
settings-nudge-event-hour = За час до события
settings-nudge-registration-closing = Конец записи на событие
settings-nudge-low-sign-up = Мало записавшихся на событие
settings-nudge-plan-deadline = Сроки мероприятий плана
settings-nudge-weekly-digest = Подборка на неделю (по желанию)
settings-nudge-muted-toast = 🔕 Отключено
settings-nudge-muted = 🔕 Такие напоминания больше не будут приходить. Включить их снова: /settings → Напоминания.
settings-nudge-undo = ↩️ Отменить
settings-nudge-unmuted-toast = 🔔 Включено
settings-nudge-unmuted = 🔔 Такие напоминания снова будут приходить.
settings-zone-menu = 🕒 Часовой пояс
settings-zone-title = 🕒 <b>Часовой пояс</b>: { $zone } { $source ->
        [own] (выбран вами)
       *[municipality] (как у вашего муниципалитета)
    }
    По нему приходят напоминания и считаются тихие часы. Выберите свой пояс или «как у муниципалитета».
settings-zone-municipality = 🏫 Как у муниципалитета ({ $zone })
settings-quiet-menu = 🌙 Тихие часы
settings-quiet-title = 🌙 <b>Тихие часы</b>: { $hours } { $source ->
        [own] (ваши)
       *[default] (по умолчанию)
    }
    В это время бот ничего не присылает сам: напоминания и рассылки ждут их конца (время — по вашему часовому поясу). Выберите вариант или задайте свои часы.
settings-quiet-off = нет
settings-quiet-none = Без тихих часов
settings-quiet-type = ⌨️ Свои часы…
settings-quiet-default = По умолчанию ({ $hours })
settings-quiet-ask = Напишите тихие часы — с какого времени и до какого, например: 22:30-07:00
settings-quiet-invalid = ⚠️ Не получилось прочитать время. Напишите два времени через дефис, например 22:30-07:00 (часы от 0 до 23, минуты от 00 до 59).
settings-quiet-saved = ✅ Тихие часы: { $hours }
settings-quiet-left = Тихие часы не изменились.

## Plans: deadline nudges
plan-deadline-nudge = { $left ->
        [week] 📌 Через неделю срок по плану: <b>{ $deadline }</b>
        [day] 📌 Завтра срок по плану: <b>{ $deadline }</b>
       *[again] ⏰ Напоминание: срок по плану <b>{ $deadline }</b>
    }
    { $measure }
    📋 План: { $plan }
    🏫 Исполнитель: { $place }
plan-deadline-button-done = ✅ Выполнено
plan-deadline-button-later = ⏰ Напомнить завтра
plan-deadline-done = ✅ Отмечено как выполненное: напоминаний об этом сроке больше не будет.
plan-deadline-already-done = Этот срок уже отмечен как выполненный.
plan-deadline-queued = ⏰ Хорошо, напомню завтра.
plan-deadline-too-late = Завтра срок уже пройдёт: напоминание не поставлено.
plan-deadline-unlinked-button = 🔗 Исполнители без привязки: { $count }
plan-deadline-unlinked-title = <b>Исполнители без привязки</b> в плане «{ $plan }»: { $count }
    Их нет в справочнике, поэтому координаторы не получают напоминаний о сроках по их мероприятиям.
plan-deadline-unlinked-pick = Нажмите на исполнителя, чтобы привязать его к школе или к органу управления образованием муниципалитета.
plan-deadline-unlinked-none = Все исполнители плана «{ $plan }» привязаны к справочнику или к территории плана.
plan-deadline-link-municipality = Исполнитель: <b>{ $executor }</b>
    Выберите муниципалитет:
plan-deadline-link-place = Исполнитель: <b>{ $executor }</b>
    Это орган управления образованием муниципалитета «{ $municipality }» или одна из его школ?
plan-deadline-link-body = 🏛 Орган управления образованием: { $municipality }
plan-deadline-body-of = орган управления образованием: { $municipality }
plan-deadline-linked-answer = 🔗 Привязано
plan-deadline-linked = 🔗 «{ $executor }» → { $place }. Координаторы получат напоминания о его сроках.

## Diagnostics: taking and results
diagnostics-take-menu = 🧭 Самодиагностика
diagnostics-take-list-title = <b>🧭 Самодиагностика профессиональных дефицитов</b>
    Выберите анкету: ответы сохраняются сразу, прерваться можно в любой момент.
diagnostics-take-list-empty = <b>🧭 Самодиагностика</b>
    Сейчас для вас нет открытых анкет. Когда методист опубликует новую, она появится здесь.
diagnostics-take-state-not-started = не начата
diagnostics-take-state-in-progress = отвечено { $answered } из { $total }
diagnostics-take-state-done = пройдена { $date }
diagnostics-take-state-retake-from = пройдена { $date }, повторно — с { $from }
diagnostics-take-due = до { $date }
diagnostics-take-question = <b>{ $area }</b> · { $index } / { $total }

    { $statement }
diagnostics-take-back = ‹ Назад
diagnostics-take-pause = ⏸ Пауза
diagnostics-take-paused = ⏸ Пауза. Все ответы сохранены.
    Чтобы продолжить, нажмите «Продолжить» или откройте /menu → «🧭 Самодиагностика»: анкета продолжится с первого вопроса без ответа.
diagnostics-take-continue = ▶️ Продолжить
diagnostics-take-to-list = ‹ К анкетам
diagnostics-take-outdated = Эта кнопка устарела — ничего не изменено.
diagnostics-take-closed = Анкета закрыта, отвечать на неё больше нельзя. Ваши ответы сохранены.
diagnostics-take-not-found = Анкета не найдена: возможно, её сняли или она предназначена не вам.
diagnostics-take-too-early = Пройти анкету снова можно с { $date }.
diagnostics-results-title = <b>Результаты: { $title }</b>
    Пройдена { $date }.
diagnostics-results-area = { $area }: <b>{ $score } %</b>
diagnostics-results-area-change = { $area }: <b>{ $score } %</b> ({ $change })
diagnostics-results-change-since = В скобках — изменение с прошлого раза ({ $date }).
diagnostics-results-deficits = <b>Дефициты</b> (ниже { $threshold } %): { $areas }.
diagnostics-results-no-deficits = Дефицитов нет: все области не ниже { $threshold } %.
diagnostics-results-retake-from = Пройти снова можно с { $date }.
diagnostics-results-retake = 🔁 Пройти снова
diagnostics-results-chart-caption = 📊 { $title }

## Diagnostics: questionnaires
diagnostics-manage-button = 🧭 Анкеты
diagnostics-manage-list-title = <b>🧭 Анкеты самодиагностики</b>
diagnostics-manage-list-empty = Анкет пока нет.
diagnostics-manage-list-item = { $status } <b>{ $title }</b>
    Срок: { $due } · проходят: { $inProgress } · завершили: { $finished }
diagnostics-manage-list-hint = Чтобы добавить анкету, пришлите файл .yaml, .yml или .json. Формат описан в docs/questionnaire-format.md.
diagnostics-manage-status-draft = 📝 черновик
diagnostics-manage-status-published = 🟢 опубликована
diagnostics-manage-status-closed = ⛔ закрыта
diagnostics-manage-no-due = не задан
diagnostics-manage-card = <b>{ $title }</b> (<code>{ $key }</code>)
    Статус: { $status }
    Области: { $areas }
    Вопросов: { $questions }
    Для кого: { $audience }
    Срок: { $due }
    Проходят: { $inProgress } · Завершили: { $finished }
diagnostics-manage-publish = 🟢 Опубликовать
diagnostics-manage-close = ⛔ Закрыть
diagnostics-manage-due = 📅 Срок…
diagnostics-manage-audience = 👥 Для кого…
diagnostics-manage-back = ‹ К списку анкет
diagnostics-manage-menu = ‹ Меню
diagnostics-manage-published = Анкета опубликована
diagnostics-manage-closed = Анкета закрыта: ответы больше не принимаются, результаты сохранены
diagnostics-manage-refused-not-found = Анкета не найдена.
diagnostics-manage-refused-not-draft = Анкета с таким id уже { $status }: её вопросы не меняются.
diagnostics-manage-refused-due-passed = Этот срок уже прошёл. Укажите дату впереди.
diagnostics-manage-ask-due = До какого дня пройти анкету? Например, «20.12.2026» (до конца дня) или «20.12.2026 18:00». Время — { $zone }.
diagnostics-manage-due-none = Без срока
diagnostics-manage-due-format = Не понял дату. Напишите, например, «20.12.2026» или «20.12.2026 18:00».
diagnostics-manage-due-set = ✅ Срок: { $due }
diagnostics-manage-due-cleared = ✅ Срок снят.
diagnostics-manage-audience-set = ✅ Аудитория анкеты сохранена.
diagnostics-manage-unchanged = Ничего не изменилось.
diagnostics-manage-left = Настройку анкеты прервали, ничего не изменилось.
diagnostics-file-errors = ❌ В файле «{ $file }» { $count ->
        [one] { $count } ошибка
        [few] { $count } ошибки
       *[other] { $count } ошибок
    }, ничего не сохранено:
    { $list }
diagnostics-file-more = … и ещё { $count }
diagnostics-file-line = строка { $line }
diagnostics-file-too-large = Файл больше 1 МБ.
diagnostics-file-not-utf8 = Файл не в кодировке UTF-8: сохраните его как UTF-8 и пришлите снова.
diagnostics-file-empty = Файл пустой.
diagnostics-file-not-object = Это не анкета: на верхнем уровне должны быть поля id, title, areas, questions…
diagnostics-file-issue-duplicate-area = область с id «{ $id }» уже есть выше
diagnostics-file-issue-duplicate-question = вопрос с id «{ $id }» уже есть выше
diagnostics-file-issue-duplicate-option = вариант ответа с id «{ $id }» повторяется
diagnostics-file-issue-unknown-area = области «{ $id }» нет в списке areas
diagnostics-file-issue-no-options = у вопроса «{ $id }» нет вариантов ответа, а общей шкалы (scale) в файле нет
diagnostics-file-issue-empty-area = в области «{ $id }» нет ни одного вопроса
diagnostics-file-issue-id-format = id — от 1 до 40 строчных латинских букв, цифр, «-» или «_»
diagnostics-file-issue-yaml-indent = неверный отступ: строки одного уровня должны начинаться с одинакового числа пробелов
diagnostics-file-issue-yaml-tab = отступ табуляцией: в YAML отступы делают пробелами
diagnostics-file-issue-yaml-duplicate-key = одно и то же поле указано дважды
diagnostics-file-issue-yaml-missing-char = не хватает закрывающей скобки или кавычки
diagnostics-file-issue-yaml-syntax = ошибка синтаксиса YAML: проверьте отступы, двоеточия и кавычки
diagnostics-file-refused = ❌ Не сохранено: { $status } Загрузите анкету с другим id (сейчас <code>{ $key }</code>).
diagnostics-file-saved = ✅ Анкета «{ $title }» ({ $questions } вопр.) сохранена как черновик. Проверьте срок и аудиторию и опубликуйте её.
diagnostics-file-replaced = ✅ Черновик «{ $title }» ({ $questions } вопр.) заменён новой версией.
nudge-questionnaire-due = 🧭 Осталось { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[other] { $days } дней
    }, чтобы пройти анкету «{ $title }».
    Срок: { $due }
nudge-questionnaire-due-open = 🧭 Открыть анкету
settings-nudge-questionnaire-due = Срок анкеты самодиагностики

## Diagnostics: results for staff
diagnostics-aggregate-menu = 📊 Итоги самодиагностики
diagnostics-aggregate-list-title = <b>📊 Итоги самодиагностики</b>
    Выберите анкету. Здесь только цифры по группам, без ответов и имён; группа, где прошли меньше 5 человек, не показывается.
diagnostics-aggregate-list-empty = <b>📊 Итоги самодиагностики</b>
    Пока ни одна анкета не опубликована.
diagnostics-aggregate-title = <b>📊 { $title }</b>
diagnostics-aggregate-region-hint = Регион по муниципалитетам; откройте муниципалитет, чтобы увидеть его цифры и школы.
diagnostics-aggregate-own-hint = Ваши школы и муниципалитеты; откройте, чтобы увидеть цифры.
diagnostics-aggregate-region = Весь регион
diagnostics-aggregate-row = • { $name }: прошли { $people }
diagnostics-aggregate-row-hidden = • { $name }: прошли меньше 5
diagnostics-aggregate-nobody = Пока никто не прошёл анкету.
diagnostics-aggregate-group-title = <b>📊 { $title }</b>
    { $group }
diagnostics-aggregate-hidden = Прошли меньше 5 человек: не показываем, чтобы защитить личные данные.
diagnostics-aggregate-took = Прошли: <b>{ $people }</b> (у каждого учитывается последний результат).
diagnostics-aggregate-legend = Средний результат по области и доля педагогов с дефицитом в ней (ниже { $threshold } %):
diagnostics-aggregate-area = <b>{ $area }</b>: { $average } % · дефицит у { $share } %
diagnostics-aggregate-area-change = <b>{ $area }</b>: { $average } % · дефицит у { $share } % · { $change }
diagnostics-aggregate-change-legend = Последнее число — изменение между двумя последними турами: последний результат каждого против его предыдущего, в процентных пунктах, в среднем по тем, кто прошёл дважды (человек: { $people }).
diagnostics-aggregate-change-hidden = Изменение между турами: дважды прошли меньше 5 человек, поэтому не показываем.
diagnostics-aggregate-schools = <b>По школам</b>
diagnostics-aggregate-chart = 📈 Диаграмма
diagnostics-aggregate-chart-caption = 📊 { $title } — { $group } (человек: { $people })
diagnostics-aggregate-back = ‹ Назад
diagnostics-aggregate-to-list = ‹ К анкетам
diagnostics-aggregate-not-found = Не найдено: анкета или место могли быть удалены.
diagnostics-aggregate-row-subtraction = • { $name }: не показываем, чтобы защитить личные данные
diagnostics-aggregate-hidden-subtraction = Не показываем, чтобы защитить личные данные: вместе с другими цифрами здесь они выдали бы результаты меньше чем 5 человек.
diagnostics-aggregate-change-hidden-subtraction = Изменение между турами: не показываем, чтобы защитить личные данные (вместе с другими цифрами здесь оно выдало бы меньше чем 5 человек).

## Diagnostics: route
diagnostics-route-open = 🧭 Мой маршрут
diagnostics-route-proposal-title = <b>🧭 Индивидуальный маршрут</b>
    Ближайшие события и мероприятия планов вашей территории по каждому дефициту. Запишитесь на события (кнопка откроет карточку) и сохраните маршрут.
diagnostics-route-no-deficits = Дефицитов нет — маршрут строить не по чему.
diagnostics-route-area-empty = Ближайших событий и мероприятий по этому направлению пока нет.
diagnostics-route-from-plan = (по плану)
diagnostics-route-save = 💾 Сохранить маршрут
diagnostics-route-saved = Маршрут сохранён
diagnostics-route-none = Сохранённого маршрута нет.
diagnostics-route-title = <b>🧭 Мой маршрут</b>
    Сохранён { $date }.
diagnostics-route-legend = ✅ участие подтверждено · 📝 записан(а) · ⏳ лист ожидания · ❌ пропущено · ▫️ не записан(а) · 🚫 отменено · 🗓 по плану · ▪️ прошло
diagnostics-route-docx = 📄 Word (.docx)
diagnostics-route-ics = 📅 Календарь (.ics)
diagnostics-route-docx-file = ИОМ.docx
diagnostics-route-docx-caption = 📄 Индивидуальный образовательный маршрут
diagnostics-route-ics-caption = 📅 Мероприятия маршрута: откройте файл, чтобы добавить их в календарь.
diagnostics-route-ics-empty = В маршруте нет мероприятий с датами.
diagnostics-route-docx-heading = Индивидуальный образовательный маршрут педагога
diagnostics-route-docx-teacher = Педагог: { $name }
diagnostics-route-docx-school = Образовательная организация: { $school }
diagnostics-route-docx-municipality = Муниципальное образование: { $municipality }
diagnostics-route-docx-period = Период реализации: { $period }
diagnostics-route-docx-none = —
diagnostics-route-docx-col-deficit = Дефицит
diagnostics-route-docx-col-goal = Цель
diagnostics-route-docx-col-form = Форма работы
diagnostics-route-docx-col-activity = Мероприятие
diagnostics-route-docx-col-dates = Сроки
diagnostics-route-docx-col-result = Результат
diagnostics-route-docx-goal = Устранить дефицит: { $area }
diagnostics-route-docx-result-attended = Участие подтверждено
diagnostics-route-docx-result-signed-up = Записан(а)
nudge-route-item-soon = 🧭 Завтра событие из вашего маршрута: «{ $title }»
    🗓 { $when }
    Вы ещё не записались.
nudge-route-item-soon-open = Открыть событие
settings-nudge-route-item-soon = События моего маршрута

## Events: audience from the plan
event-plan-audience-wording = 📋 Целевая аудитория по плану: «{ $wording }»
event-plan-audience-ticked = Отметки на кнопках ниже поставлены по плану — проверьте их.
event-plan-audience-unexpressed = Отметками не выразить: { $groups }. Если нужно, скажите об этом в описании.
event-plan-audience-heads = Руководителей ОО и их заместителей отдельно не выбрать; ближе всего — роль «координатор».

## Plans: managing (archive, delete, where a plan came from)
plans-period-year = { $year } год
plans-period-years = { $first }–{ $last } годы
plans-archive-open = 🗄 Архив ({ $count })
plans-archive-title = <b>🗄 Архив планов ({ $count })</b>
plans-archive-empty = В архиве планов нет.
plans-none-current = Действующих планов нет. Прежние — в архиве, кнопка ниже.
plans-imported = 📥 Загружен { $date }
plans-imported-updated = 📥 Загружен { $first }, обновлён { $date }
plans-footprint = 📊 С датами: { $dated } из { $measures } · событий по плану: { $events }
plans-archived-since = 🗄 В архиве с { $date }
plans-archive = 🗄 В архив
plans-restore = ↩️ Вернуть из архива
plans-delete = 🗑 Удалить
plans-ask-no = ‹ Нет, назад
plans-archive-ask = 🗄 Отправить в архив план «{ $title }»?
    Он останется в списке «Архив» и будет открываться как прежде, но координаторам перестанут приходить напоминания о его сроках, а события по его пунктам создавать будет нельзя.
    Вернуть план из архива можно в любой момент.
plans-archive-yes = 🗄 Да, в архив
plans-archived-done = План в архиве
plans-already-archived = План уже в архиве
plans-restored-done = План снова действует: напоминания о его сроках будут приходить
plans-not-archived = План и так не в архиве
plans-delete-ask = 🗑 Удалить план «{ $title }»?
    Вместе с ним удалятся его разделы и мероприятия ({ $measures }).
plans-delete-events = { $count ->
        [0] • Событий по пунктам плана не создавали.
        [one] • { $count } событие, созданное по пунктам плана, останется, но потеряет связь с планом.
        [few] • { $count } события, созданные по пунктам плана, останутся, но потеряют связь с планом.
       *[many] • { $count } событий, созданных по пунктам плана, останутся, но потеряют связь с планом.
    }
plans-delete-done-marks = { $count ->
        [0] • Отметок «выполнено» координаторов нет.
       *[other] • Отметки «выполнено» координаторов ({ $count }) будут удалены.
    }
plans-delete-route-items = • Пункты по этому плану в сохранённых маршрутах педагогов ({ $count }) останутся, но будут показаны как отменённые.
plans-delete-final = Это нельзя отменить.
plans-delete-final-or-archive = Это нельзя отменить. Если план просто больше не действует, отправьте его в архив: он останется читаемым.
plans-delete-yes = 🗑 Да, удалить план
plans-deleted = { $events ->
        [0] План удалён.
        [one] План удалён. { $events } событие по его пунктам осталось, без связи с планом.
        [few] План удалён. { $events } события по его пунктам остались, без связи с планом.
       *[many] План удалён. { $events } событий по его пунктам осталось, без связи с планом.
    }
plans-gone = Этого плана уже нет: возможно, его удалили.
plans-measure-plan-archived = 🗄 План в архиве: напоминаний о его сроках нет, события по нему не создаются.

## Plans: remarks on a document
plan-preview-remarks-first = ⚠️ <b>Проверьте в документе</b> ({ $count }):
plan-preview-remarks-more = … и ещё { $count } — в файле предпросмотра.
plan-preview-remarks-rest = ℹ️ Остальное:
plan-preview-unmatched = исполнителей нет в справочнике: { $count } — их координаторы не получат напоминаний о сроках, пока вы не привяжете исполнителей к школе или району (после сохранения, в карточке плана): { $names }
plan-preview-unmatched-more = … и ещё { $count } — в файле предпросмотра
plan-preview-changed-numbers = ✏️ Изменятся: { $numbers }
plan-preview-removed-numbers = 🗄 Уйдут в архив (их нет в документе): { $numbers }
plan-close = ✖️ Закрыть
plan-preview-archived = 🗄 Сейчас этот план в архиве: при сохранении он вернётся из архива.
plan-preview-obligations = Сроков из текста приказа: { $count }
plan-preview-audience = Целевая аудитория
plan-preview-document = Вид документа
plan-preview-obligations-title = Сроки из текста приказа
plan-remarks-undated = { $reason ->
        [as-needed] «по мере необходимости»
        [on-request] «по запросу»
        [by-schedule] «по графику»
        [by-plan] «по плану»
       *[ongoing] «постоянно»
    }: без дат { $count ->
        [one] { $count } мероприятие
        [few] { $count } мероприятия
       *[many] { $count } мероприятий
    } — в документе дат нет, бот их не придумывает: { $numbers }
plan-remarks-unreadable = { $count ->
        [one] { $count } срок не удалось
       *[other] { $count } сроков не удалось
    } перевести в даты, они оставлены текстом: { $numbers }
plan-remarks-empty-cell = пустая ячейка «{ $column ->
        [title] Мероприятие
        [schedule] Сроки
        [executors] Ответственные
       *[result] Ожидаемый результат
    }» — { $count ->
        [one] { $count } мероприятие
        [few] { $count } мероприятия
       *[many] { $count } мероприятий
    }: { $numbers }
plan-warning-numbers-assigned = в таблице нет столбца с номерами: мероприятия пронумерованы по порядку, с 1 по { $count }
plan-warning-schedule-undated = срок «{ $text }» не называет дат — оставлен без дат

## Plans: file formats
plan-error-old-xls = Это старый формат Excel (.xls). Сохраните таблицу как .xlsx и отправьте снова.
plan-error-no-text-layer = Этот PDF — скан: в нём только изображения страниц, без текстового слоя, и прочитать из него план нельзя. Пришлите исходный файл Word или Excel либо PDF, сохранённый из Word (Файл → Сохранить как → PDF).
plan-error-pdf-encrypted = PDF защищён паролем, и открыть его я не могу. Снимите защиту или пришлите исходный файл Word или Excel.
plan-error-too-many-pages = В PDF больше 300 страниц — для одного плана это слишком много. Оставьте в нём только план или разделите его на части.
plan-warning-bytes-replaced = в файле есть байты, которые не читаются как буквы ({ $count }): они заменены знаком «�» — проверьте эти места

## Reports: indicators and the monitoring report
menu-reports = 📈 Отчёты
report-region = Весь регион
report-half-year = { $half ->
        [1] I полугодие { $year }
       *[2] II полугодие { $year }
    }
report-home-title = 📈 <b>Отчёты и показатели</b>

    Выберите, по кому смотреть показатели.
report-home-empty = Отчёты доступны координаторам своей школы или муниципалитета, методистам и администраторам.
report-municipalities-title = 🏘 <b>Муниципалитеты</b>

    Выберите муниципалитет.
report-schools-title = 🏫 <b>Школы: { $name }</b>

    Выберите школу.
report-schools-empty = В справочнике у «{ $name }» пока нет школ.
report-title = 📈 <b>Показатели: { $name }</b>
report-period = { $period } · на { $at }
report-no-data = { $name }: нет данных за { $period } — в боте пока нет ни педагогов отсюда, ни записей на мероприятия за это время.
report-no-data-short = { $name }: нет данных за { $period }.
report-teachers = 👩‍🏫 Педагогов в боте: { $count }
report-trained = 🎓 Обучались за последние 3 года: { $count } ({ $share } %)
report-trainings-pending = { "   " }⏳ ждут подтверждения: { $count ->
        [one] { $count } курс
        [few] { $count } курса
       *[other] { $count } курсов
    }
report-planning = 🗓 Планируют обучение: { $count } ({ $share } %)
report-sign-ups = 📋 Записей на мероприятия полугодия: { $count }, пришли: { $attended }
report-forms = { "   " }Востребованные формы: { $forms }
report-form = { $kind ->
        [webinar] вебинары
        [seminar] семинары
        [course] курсы
        [contest] конкурсы
        [conference] конференции
        [diagnostics] диагностика
        [mentoring] наставничество
       *[unknown] другое
    } — { $count }
report-contests = 🏆 Участий в конкурсах: { $count } (педагогов: { $people })
report-contest-level = { "   " }{ $level ->
        [school] школьный уровень
        [municipal] муниципальный уровень
        [regional] региональный уровень
        [federal] всероссийский уровень
       *[none] уровень не указан
    }: { $count }, призёров { $prize }, победителей { $winners }
report-deficits-title = 🧭 Профессиональные дефициты («{ $questionnaire }», прошли { $people }, порог { $threshold } %):
report-deficit-area = { "   " }• { $area }: дефицит у { $share } %
report-deficits-none = 🧭 Профессиональные дефициты: самодиагностику здесь ещё никто не проходил.
report-deficits-hidden-few = 🧭 Профессиональные дефициты («{ $questionnaire }»): прошли меньше 5 человек — цифры не показываются, чтобы не выдать ответы конкретных людей.
report-deficits-hidden-subtraction = 🧭 Профессиональные дефициты («{ $questionnaire }»): цифры скрыты: вместе с соседними группами они выдали бы ответы меньше чем 5 человек.
report-what-counts = <i>«Обучались» — курсы, посещённые через бот, и подтверждённые координатором; «планируют» — записаны на курсы впереди или сохранили маршрут; записи и конкурсы — по мероприятиям полугодия.</i>
report-button-chart = 📊 Диаграмма
report-button-exports = 📥 Выгрузки
report-button-docx = 📄 Отчёт .docx
report-button-xlsx = 📄 Отчёт .xlsx
report-button-trainings = 🎓 Курсы на подтверждение: { $count }
report-button-municipalities = 🏘 Муниципалитеты
report-button-schools = 🏫 Школы
report-exports-title = 📥 <b>Выгрузки: { $name }</b>
    { $period }

    Выберите формат вверху, затем выгрузку.
report-export-kind = { $kind ->
        [rg] 📋 Записи на мероприятия
        [at] ✔️ Посещаемость
        [tr] 🎓 Педагоги и обучение
       *[dg] 🧭 Самодиагностика
    }
report-export-format = { $format ->
        [x] Excel
       *[c] CSV
    }
report-preparing = Готовлю файл…
report-file-caption = Мониторинг: { $name }, { $period }, на { $at }
report-chart-trained = Обучались за 3 года
report-chart-planning = Планируют обучение
report-chart-deficit = Дефицит: { $area }
report-chart-form = Записи: { $kind ->
        [webinar] вебинары
        [seminar] семинары
        [course] курсы
        [contest] конкурсы
        [conference] конференции
        [diagnostics] диагностика
        [mentoring] наставничество
       *[unknown] другое
    }
report-chart-contest = Конкурсы: { $level ->
        [school] школьный
        [municipal] муниципальный
        [regional] региональный
        [federal] всероссийский
       *[none] уровень не указан
    }
report-chart-subtitle = { $period } · педагогов: { $teachers }
report-doc-heading = Мониторинг повышения профессионального мастерства педагогов
report-doc-period = за { $period } г. (данные на { $at })
report-doc-col-number = № п/п
report-doc-col-indicator = Показатель
report-doc-col-count = Количество, чел.
report-doc-col-share = Доля, %
report-doc-col-note = Примечание
report-doc-file = monitoring
report-doc-sheet = Мониторинг
report-doc-sign-head = Руководитель ____________________ / ____________________
report-doc-sign-author = Исполнитель ____________________ / ____________________, тел. ______________
report-doc-teachers = Численность педагогических работников, зарегистрированных в боте
report-doc-teachers-note = на { $at }
report-doc-trained = Доля педагогов, прошедших обучение по программам повышения квалификации за последние 3 года
report-doc-trained-note = Доля — от педагогов, зарегистрированных в боте. Учтены курсы, посещённые через бот, и курсы, внесённые педагогами и подтверждённые координатором{ $pending ->
        [0] .
        [one] ; ещё { $pending } курс ждёт подтверждения и не учтён.
        [few] ; ещё { $pending } курса ждут подтверждения и не учтены.
       *[many] ; ещё { $pending } курсов ждут подтверждения и не учтены.
    }
report-doc-planning = Доля педагогов, планирующих повышение квалификации
report-doc-planning-note = Записаны на курсы, которые ещё не прошли, или сохранили индивидуальный маршрут с мероприятиями впереди.
report-doc-forms = Наиболее востребованные формы повышения квалификации
report-doc-form = { $kind ->
        [webinar] вебинары
        [seminar] семинары
        [course] курсы
        [contest] конкурсы
        [conference] конференции
        [diagnostics] диагностика
        [mentoring] наставничество
       *[unknown] другое
    } — записей { $count }, пришли { $attended }
report-doc-forms-note = Записи педагогов на мероприятия полугодия по формам.
report-doc-contests = Участие педагогов в конкурсах профессионального мастерства
report-doc-contests-value = участий: { $count }, педагогов: { $people }
report-doc-contests-note = Участия в конкурсах полугодия (посещённых), педагогов: { $people }; призёры и победители — по результатам, внесённым организатором.
report-doc-contest-level = { $level ->
        [school] школьный уровень
        [municipal] муниципальный уровень
        [regional] региональный уровень
        [federal] всероссийский уровень
       *[none] уровень не указан
    }
report-doc-contest-level-note = призёров: { $prize }, победителей: { $winners }
report-doc-deficits = Профессиональные дефициты педагогов (доля педагогов с дефицитом)
report-doc-deficits-note = «{ $questionnaire }», дефицит — результат ниже { $threshold } %.
report-doc-deficit-area = дефицит: { $area }
report-doc-deficit-area-note = средний результат { $average } %
report-doc-deficits-hidden-few = «{ $questionnaire }»: прошли меньше 5 человек, цифры не приводятся.
report-doc-deficits-hidden-subtraction = «{ $questionnaire }»: цифры не приводятся, чтобы не выдать ответы меньше чем 5 человек.
report-doc-deficits-none = Самодиагностику ещё никто не проходил.
report-doc-sign-ups = Записи на мероприятия полугодия и их посещение
report-doc-sign-ups-note = Записи на мероприятия, начавшиеся в полугодии; пришли: { $attended }.
plan-deadline-button-report = 📈 Отчёт за полугодие
events-mine-result = { $result ->
        [winner] 🥇 победитель
       *[prize-winner] 🥈 призёр
    }

## Events: course hours, contest level and results
event-new-field-hours = Часы
event-new-field-level = Уровень
event-new-ask-hours = Сколько академических часов в курсе? Выберите или напишите число от { $min } до { $max }. Эти часы засчитаются в обучение тем, кто пройдёт курс.
event-new-hours-plan = По плану: { $hours } ч.
event-hours-value = { $hours } ч.
event-hours-none = 🗑 Не указывать
error-event-hours = Часы — целое число от 1 до 2000, например 72.
event-new-ask-level = Какого уровня конкурс?
event-new-level-plan = Точкой отмечен уровень по плану.
event-new-level-current = Точкой отмечен нынешний уровень.
event-level-button = { $level ->
        [school] школьный
        [municipal] муниципальный
        [regional] региональный
       *[federal] федеральный
    }
event-card-hours = ⏱ { $hours } ч.
event-card-level = 🏆 { $level ->
        [school] школьный
        [municipal] муниципальный
        [regional] региональный
       *[federal] федеральный
    } уровень
event-manage-line-no-hours = ⏱ Часы курса не указаны
event-manage-line-no-level = 🏆 Уровень конкурса не указан
error-event-kind-mismatch = У события этого вида такого нет: часы бывают у курсов, уровень — у конкурсов.
event-manage-edit-hours = Часы
event-manage-edit-level = Уровень
event-manage-set-hours = ⏱ Часы курса
event-manage-set-level = 🏆 Уровень конкурса
event-manage-is-past-but = Событие уже началось или прошло: изменить можно только { $kind ->
        [course] часы курса.
       *[contest] уровень конкурса.
    }
event-manage-export-excel = 📥 Excel
event-results-hint = Рядом с теми, кто был, — их результат: нажмите, чтобы сменить (участник → призёр → победитель).
event-result-button = { $result ->
        [winner] 🥇 победитель
        [prize-winner] 🥈 призёр
       *[participant] 👤 участник
    }
event-result-set = Результат: { $result ->
        [winner] победитель
        [prize-winner] призёр
       *[participant] участник
    }
event-result-not-contest = Результаты отмечают только на конкурсах.
event-result-not-attended = Сначала отметьте, что человек был: результат бывает только у тех, кто участвовал.

## Training records
training-open = 🎓 Моё обучение
training-title = <b>🎓 Моё обучение</b>
training-item = { $status ->
        [pending] ⏳
        [declined] ✖️
       *[done] ✅
    } <b>{ $title }</b>
    { $provider } · { $hours ->
        [-1] часы не указаны
        [one] { $hours } час
        [few] { $hours } часа
       *[many] { $hours } часов
    } · { $dates }
    { $status ->
        [course] пройден через бот
        [confirmed] подтверждено координатором
        [pending] ждёт подтверждения координатора
       *[declined] не подтверждено координатором
    }
training-empty = Пока здесь пусто. Курсы, пройденные через бот, появятся сами, а пройденные в других местах добавьте кнопкой «➕ Добавить курс».
training-total = За { $years ->
        [one] последний { $years } год
        [few] последние { $years } года
       *[many] последние { $years } лет
    } засчитано: { $hours ->
        [one] { $hours } час
        [few] { $hours } часа
       *[many] { $hours } часов
    }.
    { $trained ->
        [yes] ✅ Повышение квалификации за последние 3 года пройдено.
       *[no] ⚠️ Засчитанного обучения за последние 3 года пока нет.
    }
training-add = ➕ Добавить курс
training-delete = 🗑 Удалить: { $title }
training-delete-question = Удалить курс «{ $title }» из вашего списка?
training-delete-yes = Да, удалить
training-delete-no = Нет, оставить
training-deleted = Курс удалён.
training-delete-confirmed = Этот курс уже подтверждён координатором и учтён в отчётах, поэтому удалить его нельзя.
training-not-given = —
training-skip = Пропустить ›
training-ask-title = Как называется курс? Напишите название, как в удостоверении.
training-ask-provider = Какая организация провела курс? Например: БОУ ДПО «ИРООО».
training-ask-hours = Сколько академических часов в курсе? Напишите число, например: 72.
training-ask-dates = Когда вы проходили курс? Напишите дату окончания или даты начала и окончания, например: 12.03.2026 или 12.03.2026–15.03.2026.
training-ask-number = Какой номер у удостоверения? Напишите его или нажмите «Пропустить».
training-ask-certificate = Пришлите фото удостоверения или файл (JPEG, PNG или PDF, до { $fileMax } МБ) — координатору будет проще подтвердить курс. Или нажмите «Пропустить».
training-certificate-hint = Пришлите фото или файл удостоверения либо нажмите «Пропустить».
training-rule-title = Название курса — от 1 до { $textMax } символов. Попробуйте ещё раз.
training-rule-provider = Название организации — от 1 до { $textMax } символов. Попробуйте ещё раз.
training-rule-hours = Напишите целое число часов от 1 до { $hoursMax }, например: 72.
training-rule-dates-format = Не получилось прочитать даты. Напишите их так: 12.03.2026 или 12.03.2026–15.03.2026.
training-rule-dates-no-such-day = Такой даты нет в календаре. Проверьте день и месяц.
training-rule-dates-order = Дата начала позже даты окончания. Напишите сначала начало, потом окончание.
training-rule-dates-future = Добавить можно только пройденный курс: дата окончания — не позже сегодняшней.
training-rule-dates-too-early = Курсы раньше 1990 года не учитываются. Проверьте год.
training-rule-number = Номер удостоверения — не длиннее { $numberMax } символов. Попробуйте ещё раз.
training-rule-file-type = Такой файл не подойдёт: нужна фотография или файл JPEG, PNG или PDF.
training-rule-file-size = Файл больше { $fileMax } МБ. Пришлите фото или файл поменьше.
training-add-summary = <b>Проверьте курс перед сохранением</b>

    Курс: { $title }
    Организация: { $provider }
    Объём: { $hours ->
        [one] { $hours } час
        [few] { $hours } часа
       *[many] { $hours } часов
    }
    Даты: { $dates }
    Номер удостоверения: { $number }
    Удостоверение: { $certificate ->
        [yes] приложено
       *[no] не приложено
    }
training-add-save = 💾 Сохранить
training-add-saved = ✅ Курс сохранён. Он будет засчитан, когда его подтвердит координатор вашей школы или муниципалитета.
training-add-cancelled = Курс не добавлен.
training-add-left = Добавление курса прервано, ничего не сохранено.
training-confirmed-notice = ✅ Ваш курс «{ $title }» подтверждён координатором и засчитан в повышение квалификации.
training-declined-notice = ✖️ Ваш курс «{ $title }» не подтверждён координатором. Проверьте данные и удостоверение или уточните у координатора.
training-review-region = Регион
training-review-card = <b>🎓 Курсы на подтверждение — { $place }</b>
    Курс { $position } из { $total }

    Педагог: { $person }
    Место работы: { $school }
    Курс: { $title }
    Организация: { $provider }
    Объём: { $hours ->
        [one] { $hours } час
        [few] { $hours } часа
       *[many] { $hours } часов
    }
    Даты: { $dates }
    Номер удостоверения: { $number }
training-review-own-note = <i>Это ваш курс: подтвердить его может другой координатор или методист.</i>
training-review-empty = <b>🎓 Курсы на подтверждение — { $place }</b>

    Курсов, ждущих подтверждения, нет.
training-review-confirm = ✅ Подтвердить
training-review-decline = ✖️ Отклонить
training-review-certificate = 📎 Удостоверение
training-review-confirmed = Курс подтверждён, педагогу сообщено.
training-review-declined = Курс отклонён, педагогу сообщено.
training-review-already = Этот курс уже рассмотрен.
training-review-own = Свой курс подтвердить нельзя: это сделает другой координатор или методист.

## Reports: exports
export-preparing = Готовлю файл…
export-what = { $kind ->
        [registrations] Записи на мероприятия
        [attendance] Посещаемость мероприятий
        [training] Педагоги и их обучение
       *[diagnostics] Итоги самодиагностики
    }
export-caption = 📥 <b>{ $what }</b>
    { $scope } · { $period }
export-caption-rows = { $sheet }: { $count ->
        [one] { $count } строка
        [few] { $count } строки
       *[many] { $count } строк
    }
export-no-data = 📭 { $what }: нет данных по «{ $scope }» за { $period }. Выберите другое полугодие.
export-file = { $kind ->
        [registrations] записи
        [attendance] посещаемость
        [training] педагоги-и-обучение
       *[diagnostics] самодиагностика
    }
export-yes = да
export-no = нет
export-status = { $status ->
        [registered] записан(а)
        [waitlisted] в листе ожидания
       *[cancelled] отменил(а) запись
    }
export-status-event-cancelled = мероприятие отменено
export-level = { $level ->
        [school] школьный
        [municipal] муниципальный
        [regional] региональный
        [federal] всероссийский
       *[none] не указан
    }
export-result = { $result ->
        [winner] победитель
        [prize-winner] призёр
       *[participant] участник
    }
export-region = Весь регион
export-col-person = ФИО
export-col-school = Школа
export-col-municipality = Муниципалитет
export-col-event = Мероприятие
export-col-kind = Форма
export-col-starts-at = Начало
export-col-status = Запись
export-col-signed-up-at = Когда записался(ась)
export-col-attended = Присутствовал(а)
export-col-level = Уровень конкурса
export-col-result = Результат
export-sheet-registrations = Записи
export-col-date = Дата
export-col-hours = Часов
export-col-signed-up = Записались
export-col-came = Пришли
export-col-came-share = Доля пришедших
export-sheet-attendance = Посещаемость
export-col-subjects = Предметы
export-col-years-taught = Стаж, лет
export-col-trained = Обучение за 3 года
export-col-last-training = Последнее обучение окончено
export-col-recent-hours = Часов за 3 года
export-sheet-teachers = Педагоги
export-col-course = Курс
export-col-provider = Организатор
export-col-start = Дата начала
export-col-end = Дата окончания
export-col-certificate = № удостоверения
export-col-source = Откуда
export-col-training-status = Статус
export-sheet-training = Обучение
export-training-source = { $source ->
        [event] мероприятие в боте
       *[record] внесено педагогом
    }
export-training-status = { $status ->
        [attended] посещено
        [confirmed] подтверждено координатором
        [pending] ждёт подтверждения
       *[declined] отклонено
    }
export-col-questionnaire = Анкета
export-col-group = Группа
export-col-people = Прошли, чел.
export-col-area = Область
export-col-average = Средний результат
export-col-deficit-share = Доля с дефицитом
export-col-change = Изменение, п. п.
export-col-note = Примечание
export-sheet-diagnostics = Самодиагностика
export-diagnostics-hidden-few = скрыто: прошли меньше 5 человек
export-diagnostics-hidden-subtraction = скрыто: вместе с другими строками выдало бы результаты меньше чем 5 человек
export-diagnostics-change-hidden-few = изменение скрыто: дважды прошли меньше 5 человек
export-diagnostics-change-hidden-subtraction = изменение скрыто: выдало бы результаты меньше чем 5 человек
export-event-button = 📥 Excel
export-file-event = записи
export-event-caption = 📥 Записи на «{ $title }» ({ $date })
export-event-caption-own = 📥 Ваши педагоги, записавшиеся на «{ $title }» ({ $date })
export-event-no-data = На «{ $title }» ({ $date }) пока никто не записался.
export-event-no-data-own = Из ваших педагогов на «{ $title }» ({ $date }) никто не записывался.
export-route-button = 📊 Excel (.xlsx)
export-route-file = ИОМ.xlsx
export-route-caption = 📊 Индивидуальный образовательный маршрут: таблица Excel
export-route-sheet = ИОМ
export-col-route-state = Состояние
export-route-state = { $state ->
        [attended] участие подтверждено
        [signed-up] записан(а)
        [waitlisted] в листе ожидания
        [missed] пропущено
        [not-signed-up] не записан(а)
        [cancelled] отменено
        [planned] по плану
       *[past] прошло
    }

## Mentoring: a pair's meetings
meetings-title = <b>🗓 Встречи наставничества</b>
    Наставник: { $mentor }
    Подопечный: { $mentee }
meetings-pair-ended = Пара завершена: встречи можно только посмотреть.
meetings-progress = 📊 Встреч запланировано: { $planned }, состоялось: { $held }
meetings-progress-last = Последняя встреча: { $date } — { $days ->
        [0] сегодня
        [one] { $days } день назад
        [few] { $days } дня назад
       *[many] { $days } дней назад
    }
meetings-progress-none = Состоявшихся встреч пока нет; пара работает с { $date } ({ $days ->
        [0] первый день
        [one] { $days } день
        [few] { $days } дня
       *[many] { $days } дней
    }).
meetings-progress-route = 🧭 Маршрут подопечного: выполнено { $done } из { $total }
meetings-progress-route-none = 🧭 Маршрут открыт наставнику, но ещё не сохранён.
meetings-progress-route-hidden = 🧭 Подопечный пока не показывает вам свой маршрут.
meetings-progress-route-hidden-own = 🧭 Ваш маршрут наставнику не виден. Чтобы показать его, нажмите кнопку ниже.
meetings-upcoming = <b>Впереди</b>
meetings-past = <b>Прошедшие</b>
meetings-not-recorded = не отмечена
meetings-empty = Встреч пока нет. Назначьте первую кнопкой «➕ Назначить встречу».
meetings-none = Встреч нет.
meetings-add = ➕ Назначить встречу
meetings-share = { $on ->
        [yes] ✅
       *[no] ⬜
    } Показывать мой маршрут наставнику
meetings-route-open = 🧭 Маршрут подопечного
meetings-meeting = <b>🗓 Встреча</b>
    Когда: { $when }
    Тема: { $topic }
    { $state ->
        [upcoming] Встреча впереди.
        [waiting] Встреча уже началась. Если она состоялась, отметьте это кнопкой ниже.
       *[held] ✅ Встреча состоялась.
    }
meetings-meeting-note = 📝 Заметка: { $note }
meetings-move = 🕑 Перенести
meetings-delete = 🗑 Отменить встречу
meetings-held = ✅ Встреча состоялась
meetings-note-add = 📝 Добавить заметку
meetings-note-edit = 📝 Изменить заметку
meetings-back = ‹ К встречам
meetings-delete-question = Отменить встречу «{ $topic }» ({ $when })? { $other ->
        [mentor] Наставник получит
       *[mentee] Подопечный получит
    } сообщение об отмене.
meetings-delete-yes = Да, отменить
meetings-delete-no = Нет, оставить
meetings-deleted = Встреча отменена.
meetings-held-recorded = ✅ Отмечено: встреча состоялась
meetings-route-shown = Маршрут виден наставнику
meetings-route-hidden = Маршрут скрыт от наставника
meetings-route-title = <b>🧭 Маршрут подопечного</b>
    { $name } · сохранён { $date }
    Выполнено: { $done } из { $total }
meetings-ask-when = Когда встреча? Напишите дату и время ({ $zone }), например <code>{ $example }</code>.
meetings-ask-new-when = Сейчас время встречи: { $current }. На когда её перенести? Напишите дату и время ({ $zone }), например <code>{ $example }</code>.
meetings-rule-format = Не получилось прочитать дату и время. Напишите так: <code>{ $example }</code>.
meetings-rule-no-such-date = Такой даты или времени нет в календаре. Проверьте и напишите, например, <code>{ $example }</code>.
meetings-rule-past = Это время уже прошло. Назначьте встречу на будущее.
meetings-rule-too-far = Встречу можно назначить не дальше чем на год вперёд. Проверьте год.
meetings-ask-topic = О чём будет встреча? Напишите тему — до { $topicMax } символов.
meetings-rule-topic = Тема — от 1 до { $topicMax } символов. Попробуйте ещё раз.
meetings-ask-note = 📝 Как прошла встреча «{ $topic }»? Напишите коротко, о чём говорили и о чём договорились (до { $noteMax } символов), или нажмите «Пропустить».
meetings-ask-new-note = 📝 Заметка о встрече «{ $topic }» сейчас такая:
    <i>{ $note }</i>

    Напишите новую (до { $noteMax } символов) или оставьте как есть.
meetings-note-skip = Пропустить ›
meetings-note-keep = Оставить как есть
meetings-rule-note = Заметка — не длиннее { $noteMax } символов. Сократите её, пожалуйста.
meetings-left = Вопросы о встрече прерваны: последний ответ не сохранён.
meetings-add-cancelled = Встреча не назначена.
meetings-added = ✅ Встреча назначена: { $when } — «{ $topic }». { $other ->
        [mentor] Наставник получит
       *[mentee] Подопечный получит
    } сообщение, а накануне бот напомнит вам обоим.
meetings-move-cancelled = Встреча осталась в прежнее время.
meetings-moved = 🕑 Встреча «{ $topic }» перенесена. Новое время: { $when }. { $other ->
        [mentor] Наставник получит
       *[mentee] Подопечный получит
    } сообщение.
meetings-note-skipped = Хорошо, без заметки. Добавить её можно позже на экране встречи.
meetings-note-unchanged = Заметка осталась прежней.
meetings-note-saved = 📝 Заметка сохранена.
meetings-refused-pair-inactive = Пара больше не действует: встречи можно только посмотреть.
meetings-refused-started = Встреча уже началась: перенести или отменить её нельзя.
meetings-refused-not-started = Встреча ещё не началась. Отметить её можно после начала.
meetings-refused-already-held = Эта встреча уже отмечена как состоявшаяся.
meetings-refused-not-held = Сначала отметьте, что встреча состоялась.
meetings-refused-not-shared = Подопечный не показывает вам свой маршрут.
meetings-refused-no-route = У подопечного пока нет сохранённого маршрута.
meetings-open = 🗓 Встречи
meetings-added-notice = 🗓 { $role ->
        [mentor] Наставник
       *[mentee] Подопечный
    } { $name } назначил(а) встречу: { $when } — «{ $topic }».
meetings-moved-notice = 🕑 { $role ->
        [mentor] Наставник
       *[mentee] Подопечный
    } { $name } перенёс(ла) встречу «{ $topic }»: теперь { $when } (было { $was }).
meetings-deleted-notice = 🗑 { $role ->
        [mentor] Наставник
       *[mentee] Подопечный
    } { $name } отменил(а) встречу «{ $topic }» ({ $when }).
meetings-route-shared-notice = 🧭 { $name } показывает вам свой индивидуальный маршрут. Он открывается и на экране встреч.
nudge-mentoring-meeting = 🗓 Скоро встреча наставничества: { $when }
    Тема: «{ $topic }»

    После встречи отметьте здесь, что она состоялась.
nudge-mentoring-idle-pair = 🤝 Пара наставничества { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[many] { $days } дней
    } без встреч: наставник { $mentor }, подопечный { $mentee }.
    { $met ->
        [yes] Последняя состоявшаяся встреча: { $since }.
       *[no] Отмеченных встреч ещё не было; пара начала работу: { $since }.
    }
nudge-mentoring-idle-pair-open = Открыть пару
settings-nudge-mentoring-meeting = Встречи наставничества
settings-nudge-mentoring-idle-pair = Пары наставничества без встреч

## Mentoring: mentors and pairs
menu-mentoring = 🤝 Наставничество
mentoring-home-title = <b>🤝 Наставничество</b>
mentoring-home-young = Вы молодой педагог (стаж до 3 лет). Опытный коллега поможет с уроками, документами и трудными ситуациями: попросите наставника, и координатор подберёт его из вашей школы или района.
mentoring-ask = 🙋 Попросить наставника
mentoring-home-requested = 🙋 Вы попросили наставника (предмет: { $subject }). Координатор подберёт его, а наставник подтвердит пару в чате.
mentoring-cancel-ask = Отозвать просьбу
mentoring-home-mentee = { $state ->
        [active] 🤝 Ваш наставник: <b>{ $mentor }</b> ({ $subject }).
        [waiting] ⏳ Вам предложен наставник <b>{ $mentor }</b> ({ $subject }). Ждём его согласия.
       *[answer] ❓ Вам предложен наставник <b>{ $mentor }</b> ({ $subject }). Откройте пару и ответьте.
    }
mentoring-home-offer = 🎓 Вы в банке наставников.
    Предметы: { $subjects }
    Подопечных: { $mentees } из { $capacity }
mentoring-home-note = Заметка для координатора: { $note }
mentoring-offer-change = ✏️ Изменить
mentoring-withdraw = Снять предложение
mentoring-home-may-offer = 🎓 У вас стаж от { $years } лет: вы можете стать наставником молодого педагога. Координатор предложит пару, а вы решите, принять ли её.
mentoring-home-withdrawn = 🎓 Вы сняли предложение быть наставником. Нынешние пары продолжаются, новых вам не предлагают.
mentoring-offer = 🎓 Стать наставником
mentoring-home-not-yet = Наставником может стать педагог со стажем от { $years } лет. { $taught ->
        [-1] Укажите стаж в профиле.
        [one] Сейчас в профиле { $taught } год.
        [few] Сейчас в профиле { $taught } года.
       *[many] Сейчас в профиле { $taught } лет.
    }
mentoring-home-ended = 🗂 Завершённые пары: их встречи и заметки можно посмотреть.
mentoring-home-mentor-pair = { $state ->
        [active] 🤝 Подопечный: <b>{ $mentee }</b> ({ $subject })
        [waiting] ⏳ Предложен подопечный <b>{ $mentee }</b> ({ $subject }): ждём его согласия
       *[answer] ❓ Вам предложен подопечный <b>{ $mentee }</b> ({ $subject }): откройте пару и ответьте
    }
mentoring-coordinator-open = 📋 Координатору: пары и наставники
mentoring-withdraw-question = Снять ваше предложение быть наставником? Нынешние пары продолжатся, а новых вам предлагать не будут. Вернуться в банк наставников можно в любой момент.
mentoring-withdraw-yes = Да, снять
mentoring-withdraw-no = Нет, оставить
mentoring-withdrawn = Предложение снято.
mentoring-ask-subject = По какому предмету вам нужен наставник?
mentoring-ask-any = Любой предмет
mentoring-any-subject = любой
mentoring-ask-not-young = Попросить наставника могут молодые педагоги со стажем до 3 лет.
mentoring-ask-has-pair = У вас уже есть наставник или просьба о нём.
mentoring-asked = Просьба отправлена координатору.
mentoring-asked-nobody = Просьба сохранена, но у вашей школы и района пока нет координатора в боте. Он увидит её, как только появится.
mentoring-ask-cancelled = Просьба отозвана.
mentoring-accept = ✅ Принять
mentoring-decline = ✖️ Отказаться
mentoring-open-pair = 🤝 Открыть пару
mentoring-open = 🤝 Наставничество
mentoring-pick-mentor = 🔎 Подобрать наставника
mentoring-meetings = 🗓 Встречи
mentoring-end = Завершить пару
mentoring-accepted-active = Пара сложилась! Все получат уведомление.
mentoring-accepted-waiting = Вы согласились. Ждём ответа второй стороны.
mentoring-declined = Вы отказались от пары.
mentoring-answer-outdated = Эта пара уже изменилась: вот что с ней сейчас.
mentoring-pair-title = <b>🤝 Пара наставничества</b>
mentoring-pair-mentor = Наставник: { $mentor }
mentoring-pair-mentee = Молодой педагог: { $mentee }
mentoring-pair-subject = Предмет: { $subject }
mentoring-pair-no-mentor = ещё не выбран
mentoring-pair-requested = 🙋 Просьба от { $since }: ждёт, когда координатор подберёт наставника.
mentoring-pair-proposed = ⏳ Предложена { $since }, ждёт согласия: { $waiting }
mentoring-pair-active = ✅ Работает с { $since }
mentoring-pair-ended = Завершена: работала с { $since } по { $until }.
    Причина: { $reason }
mentoring-pair-declined = ✖️ Не сложилась ({ $since }).
mentoring-pair-proposer = Предложил(а): { $name }
mentoring-pair-held = Встреч в этом полугодии: { $count }
mentoring-notice-proposed-mentor = 🤝 { $coordinator } предлагает вам стать наставником молодого педагога: <b>{ $mentee }</b> ({ $school }), предмет: { $subject }. Согласны?
mentoring-notice-proposed-mentee = 🤝 { $coordinator } предлагает вам наставника: <b>{ $mentor }</b> ({ $school }), предмет: { $subject }. Согласны?
mentoring-notice-picked-mentee = 🤝 По вашей просьбе { $coordinator } подобрал(а) вам наставника: <b>{ $mentor }</b> ({ $school }), предмет: { $subject }. Ждём его согласия, мы напишем, когда пара сложится.
mentoring-notice-active = ✅ Пара наставничества сложилась: наставник <b>{ $mentor }</b>, молодой педагог <b>{ $mentee }</b>, предмет: { $subject }. Договоритесь о первой встрече в разделе «🗓 Встречи».
mentoring-notice-declined = ✖️ { $who } отказался(ась) от пары: наставник { $mentor }, молодой педагог { $mentee }.
mentoring-notice-ended = Пару наставничества завершил(а) { $who } (наставник { $mentor }, молодой педагог { $mentee }).
    Причина: { $reason }
mentoring-notice-requested = 🙋 <b>{ $mentee }</b> ({ $school }) просит наставника, предмет: { $subject }.
mentoring-scopes-title = <b>🤝 Наставничество</b>
    Чьи пары и наставников посмотреть?
mentoring-coordinator = <b>🤝 Наставничество · { $name }</b>

    🙋 Молодых педагогов без наставника: { $young } (просят сами: { $asked })
    🤝 Пар работает: { $active }, ждут согласия: { $pending }
    🎓 Наставников в банке: { $mentors }, свободных мест: { $free }
    🗓 Встреч проведено за { $term }: { $held }
mentoring-button-young = 🙋 Без наставника ({ $count })
mentoring-button-pairs = 🤝 Пары ({ $count })
mentoring-button-mentors = 🎓 Банк наставников ({ $count })
mentoring-button-xlsx = 📥 Excel
mentoring-button-csv = 📥 CSV
mentoring-young-title = <b>🙋 Молодые педагоги без наставника · { $name }</b>: { $count }
    Нажмите на педагога, чтобы подобрать наставника. 🙋 — просит сам(а).
mentoring-young-line = { $asked ->
        [yes] 🙋
       *[no] 👤
    } { $person } · { $subjects }
mentoring-young-empty = { $name }: у всех молодых педагогов есть наставник или пара ждёт согласия. 🎉
mentoring-suggest-title = <b>Наставник для: { $mentee }</b>
    Стаж: { $years ->
        [-1] не указан
        [one] { $years } год
        [few] { $years } года
       *[many] { $years } лет
    }
mentoring-suggest-asked = 🙋 Просит наставника, предмет: { $subject }.
mentoring-suggest-has-pair = У этого педагога уже есть пара или она ждёт согласия.
mentoring-suggest-list = <b>Подходящие наставники</b> (сначала из той же школы):
mentoring-suggest-line = { $number }. { $mentor } — { $subject }, { $place ->
        [school] та же школа
       *[municipality] тот же район
    }, подопечных: { $mentees } из { $capacity }
mentoring-suggest-how = Нажмите на наставника, чтобы предложить пару: оба получат предложение в чате.
mentoring-suggest-none = Подходящих наставников нет: в банке наставников ({ $municipality }) никого с общим предметом и свободным местом. Пригласите опытных коллег: в разделе «🤝 Наставничество» они могут предложить себя.
mentoring-proposed = Пара предложена: оба получат предложение в чате.
mentoring-propose-not-young = У этого педагога стаж уже 3 года или больше: он больше не молодой педагог.
mentoring-propose-has-pair = У этого педагога уже есть пара или она ждёт согласия.
mentoring-propose-unavailable = Этот наставник больше не подходит: нет свободного места или общего предмета, либо он снял предложение. Вот кто подходит сейчас.
mentoring-pairs-title = <b>🤝 Пары · { $name }</b>: { $count }
    Встречи — за { $term }.
mentoring-pair-line = { $state ->
        [active] ✅
       *[proposed] ⏳
    } <b>{ $mentee }</b>
    Наставник: { $mentor } · { $subject }
    { $state ->
        [active] работает с { $since } · встреч: { $held }
       *[proposed] предложена { $since } · ждёт согласия: { $waiting }
    }
mentoring-pairs-empty = { $name }: пар наставничества пока нет. Подберите наставников молодым педагогам кнопкой «🙋 Без наставника».
mentoring-mentors-title = <b>🎓 Банк наставников · { $name }</b>: { $count }
mentoring-mentor-line = <b>{ $mentor }</b> — { $subjects }, подопечных: { $mentees } из { $capacity }
mentoring-mentor-note = 📝 { $note }
mentoring-mentors-empty = { $name }: в банке наставников пока никого. Педагоги со стажем от 5 лет могут предложить себя в разделе «🤝 Наставничество».
mentoring-ask-subjects = По каким предметам вы готовы наставлять? Отметьте один или несколько и нажмите «Готово». Выбрано: { $count }.
mentoring-rule-subjects = Отметьте хотя бы один предмет.
mentoring-ask-capacity = Сколько подопечных вы готовы вести одновременно? От 1 до { $max }.
mentoring-ask-note = Напишите заметку для координатора: когда вам удобно встречаться, в чём вы сильны (до { $max } символов). Или нажмите «Без заметки».
mentoring-note-current = Сейчас: { $note }
mentoring-note-keep = Оставить как есть
mentoring-note-none = Без заметки
mentoring-rule-note = Заметка — от 1 до { $max } символов. Напишите короче или нажмите «Без заметки».
mentoring-offer-saved = 🎓 Готово: вы в банке наставников. Координатор предложит вам пару, а вы решите, принять ли её.
mentoring-offer-changed = ✏️ Предложение изменено.
mentoring-offer-cancelled = Ничего не изменилось.
mentoring-offer-not-eligible = Наставником может стать педагог со стажем от { $years } лет. Проверьте стаж в профиле.
mentoring-flow-left = Хорошо, вернёмся к этому позже.
mentoring-ask-reason = Почему вы завершаете пару? Выберите причину или напишите своими словами (до { $max } символов) — { $other } получит уведомление с этой причиной.
mentoring-reason-goals = Цели наставничества достигнуты
mentoring-reason-time = Не хватает времени
mentoring-reason-moved = Смена места работы
mentoring-reason-mismatch = Не сложилось взаимодействие
mentoring-rule-reason = Причина — от 1 до { $max } символов. Напишите короче или выберите причину кнопкой.
mentoring-ended = Пара завершена. { $other } получит уведомление.
mentoring-end-cancelled = Пара продолжается.
mentoring-end-outdated = Эту пару нельзя завершить: она уже завершена или не ваша.
mentoring-export-file = наставничество
mentoring-export-caption = 📥 <b>Наставничество</b>
    { $name } · { $term }
mentoring-export-empty = { $name }: выгружать пока нечего: нет ни пар, ни молодых педагогов без наставника, ни наставников.
mentoring-sheet-pairs = Пары
mentoring-sheet-young = Без наставника
mentoring-sheet-mentors = Наставники
mentoring-col-mentee = Молодой педагог
mentoring-col-mentor = Наставник
mentoring-col-mentor-school = Школа наставника
mentoring-col-subject = Предмет
mentoring-col-status = Статус
mentoring-col-proposed = Предложена
mentoring-col-since = Работает с
mentoring-col-held = Встреч за полугодие
mentoring-col-last-held = Последняя встреча
mentoring-col-ended = Завершена
mentoring-col-end-reason = Причина завершения
mentoring-col-asked = Просит наставника
mentoring-col-asked-subject = Предмет просьбы
mentoring-col-capacity = Мест
mentoring-col-mentees = Подопечных
mentoring-col-note = Заметка
mentoring-status = { $status ->
        [proposed] ждёт согласия
        [requested] просьба
        [active] работает
        [ended] завершена
       *[declined] не сложилась
    }

## Practices: the bank of successful practices
practice-menu = 💡 Практики
practice-home = <b>💡 Банк успешных практик</b>
    { $count ->
        [0] Одобренных практик пока нет — поделитесь своей первой.
        [one] В банке { $count } одобренная практика коллег.
        [few] В банке { $count } одобренные практики коллег.
       *[many] В банке { $count } одобренных практик коллег.
    } Ищите по предмету, по компетенции или по словам.
practice-by-subject = 📚 По предметам
practice-by-area = 🧩 По компетенциям
practice-search = 🔎 Поиск по словам
practice-submit = ➕ Поделиться практикой
practice-mine = 🗂 Мои практики
practice-review-open = 📝 На проверке ({ $count })
practice-import = 📥 Импорт из таблицы
practice-bank-empty = Одобренных практик пока нет. Поделитесь своей — методист посмотрит её и добавит в банк.
practice-subjects-title = <b>📚 Практики по предметам</b>
    Сначала ваши предметы, рядом — сколько практик.
practice-areas-title = <b>🧩 Практики по компетенциям</b>
    Рядом с каждой — сколько практик.
practice-list-subject = <b>📚 { $subject }</b> — { $count ->
        [one] { $count } практика
        [few] { $count } практики
       *[many] { $count } практик
    }
practice-list-area = <b>🧩 { $area }</b> — { $count ->
        [one] { $count } практика
        [few] { $count } практики
       *[many] { $count } практик
    }
practice-list-found = <b>🔎 «{ $query }»</b> — { $count ->
        [0] ничего не нашлось
        [one] найдена { $count } практика
        [few] найдено { $count } практики
       *[many] найдено { $count } практик
    }
practice-search-again = 🔎 Искать другие слова
practice-found-none = Попробуйте другие или более короткие слова: ищем в названии и описании, по началу каждого слова.
practice-list-empty = Здесь пока пусто.
practice-area-subject = Предметная
practice-area-methodological = Методическая
practice-area-psychological = Психолого-педагогическая
practice-area-communicative = Коммуникативная
practice-area-digital = Цифровая
practice-status-submitted = на проверке у методиста
practice-status-returned = возвращена на доработку
practice-status-approved = одобрена
practice-status-rejected = отклонена
practice-not-given = не указано
practice-card = <b>💡 { $title }</b>
    Автор: { $author }
    Школа: { $school }
    Предмет: { $subject }
    Компетенция: { $area }
    Классы: { $classes }
    Открыли: { $views }
practice-card-status = Статус: { $mark } { $status }
practice-card-comment = 💬 Комментарий методиста: { $comment }
practice-link = 🔗 Открыть ссылку
practice-file = 📎 Файл
practice-edit = ✏️ Исправить и отправить снова
practice-mine-title = <b>🗂 Мои практики</b>
practice-mine-item = { $number }. { $mark } <b>{ $title }</b> — { $status }{ $views ->
        [0] {""}
       *[other] , открыли: { $views }
    }
practice-mine-comment = 💬 { $comment }
practice-mine-empty = Вы ещё не делились практиками. Расскажите о своей — коллегам пригодится.
practice-review-title = <b>📝 Практики на проверке</b> — { $position } из { $total }
practice-review-own-note = Это ваша практика: решение по ней примет другой методист.
practice-review-empty = Практик на проверке нет.
practice-review-approve = ✅ Одобрить
practice-review-send-back = ↩️ На доработку
practice-review-reject = ✖️ Отклонить
practice-review-approved = Практика одобрена, автор получит сообщение.
practice-review-returned = Практика возвращена автору с вашим комментарием.
practice-review-rejected = Практика отклонена, автор получит сообщение.
practice-review-already = По этой практике уже приняли решение.
practice-review-own = Свою практику проверяет другой методист.
practice-review-comment-needed = Чтобы вернуть практику, напишите, что исправить.
practice-approved-notice = ✅ Ваша практика «{ $title }» одобрена методистом и теперь в банке практик: коллеги найдут её по предмету, компетенции и словам.
practice-returned-notice = ↩️ Методист вернул вашу практику «{ $title }» на доработку: «{ $comment }». Исправьте её в «Моих практиках» и отправьте снова.
practice-rejected-notice = ✖️ Ваша практика «{ $title }» не принята в банк практик.{ $commented ->
        [yes] {" "}Комментарий методиста: «{ $comment }».
       *[no] {""}
    }
practice-rule-title = Нужно название от 1 до { $titleMax } символов.
practice-rule-description = Нужно описание до { $descriptionMax } символов.
practice-rule-choice = Выберите предмет и компетенцию кнопками.
practice-rule-class-level = Классы — коротко, до { $classMax } символов: например, «5–9» или «7 класс».
practice-rule-link = Ссылка должна начинаться с http:// или https:// и быть без пробелов.
practice-rule-file-type = Такой файл не подойдёт: пришлите PDF, Word (.docx) или PowerPoint (.pptx).
practice-rule-file-size = Файл больше { $fileMax } МБ. Сожмите его или пришлите ссылку на него.
practice-rule-comment = Комментарий — до { $commentMax } символов.
practice-now = Сейчас: { $value }
practice-keep = ↪️ Оставить как есть
practice-ask-title = <b>➕ Практика</b>
    Как называется ваша практика? До { $max } символов.
practice-ask-description = Опишите практику: в чём она, как её провести, что получилось. До { $max } символов.
practice-ask-subject = К какому предмету она относится?
practice-ask-area = Какую компетенцию педагога она развивает?
practice-ask-class = Для каких классов? Выберите или напишите (до { $max } символов).
practice-ask-material = Пришлите документ (PDF, Word или PowerPoint, до { $fileMax } МБ) или ссылку на материалы. Если их нет — нажмите кнопку ниже.
practice-material-none = Без файла и ссылки
practice-material-hint = Пришлите документ файлом или ссылку текстом — или нажмите «Без файла и ссылки».
practice-summary = <b>Проверьте перед отправкой</b>
    Название: { $title }
    Предмет: { $subject }
    Компетенция: { $area }
    Классы: { $classes }
    Материалы: { $material }

    { $description }
practice-send = 📨 Отправить методисту
practice-class-primary = 1–4
practice-class-basic = 5–9
practice-class-senior = 10–11
practice-class-preschool = ДОО
practice-submit-left = Практику не отправили: вы перешли к другому.
practice-submit-cancelled = Практику не отправили.
practice-submitted = 📨 Практика отправлена методисту. Когда он её посмотрит, бот напишет вам.
practice-resubmitted = 📨 Исправленная практика снова отправлена методисту.
practice-edit-gone = Эту практику сейчас нельзя исправить: её уже проверяют или она не ваша.
practice-ask-return-comment = Что автору исправить? Напишите комментарий — он его получит.
practice-ask-reject-comment = Почему практика не подходит? Напишите автору или отклоните без комментария.
practice-no-comment = Без комментария
practice-review-left = Решение не принято: вы перешли к другому.
practice-review-unchanged = Решение не принято, практика ждёт проверки.
practice-ask-search = Какие слова искать? Например: «проектная деятельность» или «функциональная грамотность».
practice-search-hint = Напишите хотя бы одно слово.
practice-search-left = Поиск закрыт: вы перешли к другому.
practice-ask-import = <b>📥 Импорт практик</b>
    Пришлите таблицу .xlsx или .csv (до { $max } МБ, до { $rows } строк). В первой строке — заголовки столбцов: название, описание, предмет, компетенция, классы, ссылка, автор (по-русски или по-английски, в любом порядке). Практики попадут в банк сразу одобренными; практика с тем же названием и автором обновится, а не задвоится.
practice-import-hint = Пришлите таблицу файлом: .xlsx или .csv.
practice-import-type = Такой файл не подойдёт: нужна таблица .xlsx или .csv.
practice-import-size = Файл больше { $max } МБ. Разделите таблицу на части.
practice-import-unreadable = Не получилось прочитать таблицу. Сохраните её заново в Excel как .xlsx или .csv (UTF-8).
practice-import-no-header = Не нашли строку заголовков: в одной из первых строк нужен столбец «Название» и хотя бы ещё один (описание, предмет, автор…).
practice-import-empty = В таблице нет ни одной строки с названием практики.
practice-import-preview = <b>📥 { $file }</b>
    Будет добавлено: { $added }, обновится: { $updated }.
    Пропущено строк без названия: { $noTitle }.{ $unknownSubject ->
        [0] {""}
       *[other] {" "}Предмет не распознан: { $unknownSubject }.
    }{ $unknownArea ->
        [0] {""}
       *[other] {" "}Компетенция не распознана: { $unknownArea }.
    }{ $badLink ->
        [0] {""}
       *[other] {" "}Ссылок не по правилам (их не будет): { $badLink }.
    }

    { $titles }
practice-import-confirm = ✅ Импортировать
practice-import-cancelled = Импорт отменён, ничего не изменилось.
practice-imported = ✅ Готово: добавлено { $added }, обновлено { $updated }.
practice-import-left = Импорт отменён: вы перешли к другому.
practice-route-heading = 💡 Практики коллег:

## Mentoring: coordinator declines and leftovers
mentoring-rule-capacity = Напишите число от 1 до { $max } или нажмите кнопку.
mentoring-decline-request = ✖️ Отклонить просьбу
mentoring-decline-request-question = <b>Отклонить просьбу о наставнике?</b>
    { $mentee } просит наставника, предмет: { $subject }.

    Выберите причину: педагог получит её в уведомлении и сможет попросить наставника снова, когда будет готов.
mentoring-decline-reason-no-mentor = Нет свободного наставника по предмету
mentoring-decline-reason-school = Наставника назначит школа
mentoring-decline-reason-profile = Уточните стаж и предметы в профиле
mentoring-decline-reason-talk = Сначала обсудим лично
mentoring-request-declined = Просьба отклонена: педагог получит уведомление с причиной.
mentoring-request-gone = Эта просьба уже не ждёт ответа: педагог отозвал её или другой координатор уже ответил. Вот что сейчас.
mentoring-notice-request-declined = ✖️ { $coordinator } отклонил(а) вашу просьбу о наставнике (предмет: { $subject }).
    Причина: { $reason }
    Попросить снова можно в любой момент в разделе «🤝 Наставничество».
mentoring-pair-line-ended = 🗂 <b>{ $mentee }</b>
    Наставник: { $mentor } · { $subject }
    завершена { $until } · работала с { $since } · встреч: { $held }
mentoring-ended-meetings-cancelled = 🗓 Запланированные встречи отменены: { $count }.
mentoring-notice-ended-meetings = Пару наставничества завершил(а) { $who } (наставник { $mentor }, молодой педагог { $mentee }).
    Причина: { $reason }
    🗓 Запланированные встречи отменены: { $count }.

## Practices: reviewers told, leftovers
practice-review-digest = 📝 <b>Практики на проверку</b>
    { $fresh ->
        [one] За сутки пришла { $fresh } новая практика
        [few] За сутки пришли { $fresh } новые практики
       *[many] За сутки пришли { $fresh } новых практик
    }. Всего на проверке: { $waiting }.
    Авторы ждут вашего решения.
practice-review-digest-open = 📝 Открыть проверку
settings-nudge-practice-review = Новые практики на проверку

## Mentoring: what became of a request, for a coordinator who opens it late
mentoring-request-fate-withdrawn = ↩️ Педагог отозвал(а) эту просьбу { $date }.
mentoring-request-fate-declined = ✖️ Эту просьбу { $date } отклонил(а) { $coordinator }. Причина: { $reason }
mentoring-request-fate-paired = 🤝 По этой просьбе уже предложена пара: наставник { $mentor }, предложил(а) { $coordinator }. { $status ->
        [active] Пара работает.
        [declined] Потом пару отклонили.
        [ended] Потом пара завершилась.
       *[proposed] Пара ждёт согласия.
    }
