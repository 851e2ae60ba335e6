## Navigation

nav-main = Menu principal
nav-settings = Definições
nav-sign-in = Iniciar sessão
nav-sign-up = Registar-se
nav-sign-out = Terminar sessão

## Common actions and messages

action-save = Guardar
settings-title = Definições
settings-saved = As suas alterações foram guardadas.

## Form fields

field-company-name = Nome da empresa
field-name = Nome completo
field-email = Endereço de e-mail
field-password = Palavra-passe
field-job-title = Cargo
field-phone-number = Número de telefone
field-interface-language = Idioma da interface
field-sms-language = Idioma das SMS
field-email-language = Idioma dos e-mails
field-currency = Moeda
field-timezone = Fuso horário
field-date-format = Formato da data
field-time-format = Formato da hora
field-current-password = Palavra-passe atual
field-new-password = Nova palavra-passe

password-rule = { $count ->
    [one] Utilize pelo menos { $count } carácter. Não são aceites palavras-passe comuns.
    [many] Utilize pelo menos { $count } caracteres. Não são aceites palavras-passe comuns.
   *[other] Utilize pelo menos { $count } caracteres. Não são aceites palavras-passe comuns.
}

## Validation errors

error-email-missing = Introduza o seu endereço de e-mail.
error-email-invalid = Introduza um endereço de e-mail válido, como nome@example.com.
error-email-taken = Este endereço de e-mail já pertence a outro utilizador.
error-name-missing = Introduza o seu nome completo.
error-name-too-long = O nome é demasiado longo: utilize no máximo 100 caracteres.
error-company-missing = Introduza o nome da empresa.
error-company-too-long = O nome da empresa é demasiado longo: utilize no máximo 150 caracteres.
error-job-title-too-long = O cargo é demasiado longo: utilize no máximo 100 caracteres.
error-phone-missing = Introduza um número de telefone.
error-phone-invalid = Introduza um número de telefone válido, com o indicativo do país se não for um número português, como +351 912 345 678.
error-password-missing = Introduza a sua palavra-passe.
error-password-too-short = A palavra-passe é demasiado curta: utilize pelo menos 8 caracteres.
error-password-too-long = A palavra-passe é demasiado longa: utilize no máximo 256 caracteres.
error-password-common = Esta palavra-passe é demasiado comum e fácil de adivinhar. Escolha outra.
error-current-password-wrong = A palavra-passe atual está incorreta.
error-password-personal = A palavra-passe não pode ser o seu endereço de e-mail nem o seu nome.
error-email-change-needs-password = Introduza a sua palavra-passe atual para alterar o endereço de e-mail.
error-text-hidden-characters = Remova os caracteres invisíveis ou de controlo, como tabulações ou quebras de linha.
error-language-unknown = Escolha um dos idiomas da lista.
error-currency-unknown = Escolha uma das moedas da lista.
error-timezone-unknown = Escolha um fuso horário da lista.
error-date-format-unknown = Escolha um dos formatos de data da lista.
error-time-format-unknown = Escolha um dos formatos de hora da lista.
error-date-invalid = Introduza uma data no formato YYYY-MM-DD.
error-activity-user-unknown = Escolha na lista um utilizador desta conta.
error-date-range = A data final não pode ser anterior à data inicial.
error-activity-kind-unknown = Escolha um tipo de ação da lista.
error-activity-source-unknown = Escolha uma origem da lista.

## Error pages

error-not-found-title = Página não encontrada
error-not-found-message = A página que procura não existe ou não está disponível para a sua conta.
error-internal-title = Ocorreu um erro
error-internal-message = Não foi possível concluir o seu pedido. Tente novamente dentro de momentos. Se o problema persistir, contacte o suporte e indique o ID do pedido apresentado abaixo.
error-unavailable-title = Serviço temporariamente indisponível
error-unavailable-message = O Dialback está sobrecarregado ou a base de dados não está a responder. Tente novamente dentro de momentos.
error-csrf-title = O formulário expirou
error-csrf-message = Por motivos de segurança, este formulário já não pode ser enviado. Volte atrás, recarregue a página e tente novamente.
error-bad-request-title = Não foi possível processar o pedido
error-bad-request-message = O formulário ou o endereço web enviado ao Dialback tinha um formato inválido ou era demasiado grande. Volte atrás, recarregue a página e tente novamente.
error-request-id = ID do pedido:
error-back-home = Ir para a página inicial

## Sign-up

signup-title = Crie a sua conta no Dialback
signup-intro = Configure a conta da sua empresa. Pode convidar a sua equipa mais tarde.
signup-submit = Criar conta
signup-have-account = Já tem uma conta?

## Sign-in

login-title = Iniciar sessão no Dialback
login-submit = Iniciar sessão
login-forgot = Esqueceu-se da palavra-passe?
login-no-account = Ainda não tem conta?
login-wrong-credentials = O endereço de e-mail ou a palavra-passe estão incorretos.
login-notice-reset = A sua palavra-passe foi alterada. Inicie sessão com a nova palavra-passe.
login-throttled = { $count ->
    [one] Demasiadas tentativas de início de sessão falhadas. Tente novamente dentro de { $count } minuto.
    [many] Demasiadas tentativas de início de sessão falhadas. Tente novamente dentro de { $count } minutos.
   *[other] Demasiadas tentativas de início de sessão falhadas. Tente novamente dentro de { $count } minutos.
}

## Sign-out

logout-title = Terminar sessão
logout-done = A sua sessão foi terminada.

## Forgotten password

forgot-title = Repor a palavra-passe
forgot-intro = Introduza o endereço de e-mail com que inicia sessão. Vamos enviar-lhe uma ligação para escolher uma nova palavra-passe.
forgot-submit = Enviar ligação
forgot-sent = Se este endereço estiver registado no Dialback, receberá uma ligação para repor a palavra-passe. Verifique a sua caixa de entrada.
reset-title = Escolha uma nova palavra-passe
reset-submit = Definir a nova palavra-passe
reset-link-invalid = Esta ligação é inválida, expirou ou já foi utilizada.
reset-request-new = Pedir uma nova ligação
reset-mail-subject = Reponha a sua palavra-passe do Dialback
reset-mail-body =
    Olá, { $name },

    Alguém pediu para repor a palavra-passe da sua conta Dialback. Para escolher uma nova palavra-passe, abra esta ligação:

    { $link }

    { $minutes ->
        [one] A ligação só pode ser utilizada uma vez e expira dentro de { $minutes } minuto.
        [many] A ligação só pode ser utilizada uma vez e expira dentro de { $minutes } minutos.
       *[other] A ligação só pode ser utilizada uma vez e expira dentro de { $minutes } minutos.
    } Se não fez este pedido, ignore esta mensagem: a sua palavra-passe mantém-se.

    A equipa Dialback

## Settings > Profile

profile-title = Perfil
profile-phone-stored = Guardado como { $phone }.
profile-password-hint = A sua palavra-passe atual só é necessária quando altera o endereço de e-mail.
email-changed-subject = O e-mail com que inicia sessão no Dialback foi alterado
email-changed-body =
    Olá, { $name },

    O endereço de e-mail com que inicia sessão no Dialback foi alterado para { $email }. A partir de agora, as mensagens do Dialback serão enviadas para esse endereço.

    Se não fez esta alteração, reponha imediatamente a sua palavra-passe e contacte o proprietário da sua conta.

    A equipa Dialback

## Settings > Account settings

account-title = Definições da conta
account-languages = Idiomas
account-currency-owner-only = Só o proprietário da conta ou um administrador pode alterar a moeda.
currency-PLN = Zloti polaco
currency-USD = Dólar dos Estados Unidos
currency-GBP = Libra esterlina
currency-EUR = Euro
currency-BRL = Real brasileiro

## Settings > Change password

password-title = Alterar a palavra-passe
password-intro = Depois da alteração, continuará com a sessão iniciada aqui e todas as outras sessões serão terminadas.
password-submit = Alterar a palavra-passe

## Settings > Activity

activity-title = Atividade
activity-filter-user = Utilizador
activity-filter-kind = Ação
activity-filter-from = De
activity-filter-to = Até
activity-filter-any = Qualquer
activity-filter-apply = Filtrar
activity-count = { $count ->
    [0] Nenhum registo encontrado.
    [one] { $count } registo encontrado.
    [many] { $count } registos encontrados.
   *[other] { $count } registos encontrados.
}
activity-empty = Não há atividade para mostrar.
activity-older = Registos mais antigos
activity-user-none = Sistema
activity-col-id = ID
activity-col-user = Utilizador
activity-col-kind = Ação
activity-col-source = Origem
activity-col-time = Data e hora
activity-source-web = Web
activity-source-api = API
activity-source-cli = Linha de comandos
activity-source-system = Sistema
activity-kind-USER_ADDED = Foi adicionado um utilizador à equipa.
activity-kind-USER_EDITED = O perfil de um utilizador foi editado.
activity-kind-USER_DELETED = Foi removido um utilizador da equipa.
activity-kind-USER_SIGNUP = A conta foi criada.
activity-kind-USER_LOGGED_IN = Um utilizador iniciou sessão.
activity-kind-USER_LOGGED_OUT = Um utilizador terminou sessão.
activity-kind-USER_CHANGED_PASSWORD = Um utilizador alterou a própria palavra-passe.
activity-kind-USER_REQUESTED_PASSWORD_RESET = Um utilizador pediu uma ligação para repor a palavra-passe.
activity-kind-USER_RESET_PASSWORD = Um utilizador definiu uma nova palavra-passe através de uma ligação de reposição.
activity-kind-USER_CHANGED_NOTIFICATIONS = Um utilizador alterou as respetivas definições de notificações.
activity-kind-ACCOUNT_SETTINGS_EDITED = As definições da conta foram alteradas.

## Validation errors of the core

error-role-unknown = Escolha uma função: proprietário (owner), administrador (admin) ou gestor (manager).
error-permission-unknown = Escolha permissões da lista.
error-business-time-invalid = Cada intervalo do horário de atendimento precisa de day_of_week de 0 (domingo) a 6, start_time e end_time no formato HH:MM, com o início antes do fim, e um fuso horário válido.
error-domain-invalid = Introduza um nome de domínio, como shop.example.com.
error-call-status-unknown = Escolha um estado de chamada da lista.

## REST API messages

api-error-field = O parâmetro { $field } é inválido: { $reason }
api-error-field-sentence = O parâmetro { $field } é inválido. { $reason }
api-error-missing = Falta o parâmetro { $field }.
api-error-permission = Esta chave de API não tem a permissão { $permission }.
api-error-key-missing = Envie a sua chave de API no cabeçalho Authorization.
api-error-key-invalid = A chave de API é inválida.
api-error-key-revoked = A chave de API foi revogada. Crie uma nova em Definições > Chaves de API.
api-error-key-expired = A chave de API expirou. Crie uma nova em Definições > Chaves de API.
api-error-rate-limited = { $count ->
    [one] Demasiados pedidos com esta chave de API. Tente novamente dentro de { $count } segundo.
    [many] Demasiados pedidos com esta chave de API. Tente novamente dentro de { $count } segundos.
   *[other] Demasiados pedidos com esta chave de API. Tente novamente dentro de { $count } segundos.
}
api-error-internal = Não foi possível concluir o pedido devido a um erro interno. Tente novamente. Se o problema persistir, contacte o suporte e indique o valor do cabeçalho X-Request-Id da resposta.
api-error-bad-request = Não foi possível ler o pedido: verifique o caminho, os parâmetros e a respetiva codificação em /api/docs.
api-error-widget-not-found = O widget não existe ou esta chave de API não tem acesso a ele.
api-error-user-not-found = O utilizador não existe nesta conta.
api-error-manager-not-found = O gestor não existe ou esta chave de API não tem acesso ao respetivo widget.
api-error-call-not-found = A chamada não existe ou esta chave de API não tem acesso ao respetivo widget.
api-error-widget-disabled = O widget está desativado e, por isso, não recebe chamadas.
api-error-no-manager = Neste momento, nenhum gestor pode atender a chamada. Utilize widgets/call-or-schedule para a agendar.
api-reason-not-integer = deve ser um número inteiro.
api-reason-not-boolean = deve ser 1, 0, true ou false.
api-reason-not-json = deve estar em formato JSON.
api-reason-wrong-shape = o valor não tem a estrutura esperada.
api-reason-limit-range = utilize um número de 1 a 1000.
api-reason-offset-negative = utilize 0 ou um número superior.
api-reason-url = deve ser um endereço web, como https://shop.example.com.
api-reason-too-long = o texto é demasiado longo.
api-reason-text-240 = utilize no máximo 240 caracteres.
api-reason-department-or-manager = envie department_id ou manager_id, mas não ambos.
api-reason-not-this-widget = este widget não tem nenhum departamento ou gestor com esse ID.
api-reason-schedule = indique uma data e hora futura em segundos Unix, nos próximos 30 dias.
api-reason-message-id = não é uma mensagem deste canal.
api-reason-owner-role = os novos utilizadores só podem ter a função admin ou manager, porque a conta já tem proprietário.
api-reason-last-owner = o último proprietário da conta não pode ser removido nem mudar de função.
api-reason-status = utilize estados de chamada como completed ou manager-failed.
api-reason-field-name = utilize entre 1 e 100 caracteres.

## Default SMS and voice texts of widgets

sms-visitor-call-scheduled = Vamos ligar-lhe a { $time }. Obrigado pela sua paciência.
sms-visitor-cancel-scheduled = A sua chamada agendada foi cancelada.
sms-visitor-dial-completed = Obrigado por falar connosco. Teremos todo o gosto em voltar a ajudar.
voice-client-start = Olá, aguarde um momento, por favor. Estamos a transferir a sua chamada para um consultor.
voice-client-end-success = Obrigado por falar connosco. Até breve!
voice-client-end-failed = Não conseguimos transferir a sua chamada para um consultor. Voltaremos a ligar-lhe em breve.
voice-manager-start = Tem uma chamada do site. Estamos agora a ligar ao visitante.

## Activity kinds of the core

activity-kind-WIDGET_ADDED = Foi adicionado um widget.
activity-kind-WIDGET_EDITED = Foi alterado um widget.
activity-kind-WIDGET_DELETED = Foi eliminado um widget.
activity-kind-API_KEY_CREATED = Foi criada uma chave de API.
activity-kind-API_KEY_REVOKED = Foi revogada uma chave de API.
activity-kind-CALL_REQUESTED = Foi pedida uma chamada.
activity-kind-CALL_FIELD_EDITED = Foi alterado um campo personalizado de uma chamada.
activity-kind-CALL_CANCELLED = Foi cancelada uma chamada.

## Settings > API keys

api-keys-title = Chaves de API
api-keys-intro = As chaves permitem que o seu próprio software utilize a API REST do Dialback. Cada chave só pode utilizar os widgets e as permissões que lhe atribuir.
api-keys-created = A sua nova chave de API está abaixo. Copie-a agora: só é apresentada uma vez.
api-keys-owner-only = Só o proprietário da conta ou um administrador pode gerir as chaves de API.
api-keys-empty = A conta ainda não tem chaves de API.
api-keys-col-description = Descrição
api-keys-col-key = Chave
api-keys-col-access = Acesso
api-keys-col-created = Criada
api-keys-col-last-used = Última utilização
api-keys-col-state = Estado
api-keys-col-actions = Ações
api-keys-revoke = Revogar
api-keys-new = Nova chave de API
api-keys-all-widgets = Todos os widgets, incluindo os futuros
api-keys-create = Criar chave
api-keys-never-used = Nunca
api-keys-last-used-from = { $time } a partir de { $ip }
api-keys-state-active = Ativa
api-keys-state-revoked = Revogada
api-keys-state-expired = Expirada
api-keys-expires-on = Válida até { $date }
api-keys-widgets-all = Todos os widgets
api-keys-widgets-some = { $count ->
    [one] { $count } widget
    [many] { $count } widgets
   *[other] { $count } widgets
}
api-keys-revoked-notice = A chave de API foi revogada. As integrações que a utilizam deixam de funcionar imediatamente.
field-api-key-description = Descrição (opcional)
field-api-key-widgets = Widgets
field-api-key-permissions = Permissões
field-api-key-expires = Data de expiração (opcional)
error-api-key-widgets-missing = Escolha todos os widgets ou pelo menos um.
error-api-key-permissions-missing = Escolha pelo menos uma permissão.
error-api-key-expiry-past = Escolha uma data futura ou deixe o campo vazio.
error-api-key-description-too-long = A descrição é demasiado longa: utilize no máximo 200 caracteres.
permission-calls = Chamadas: acesso total
permission-calls-view = Chamadas: consultar o histórico
permission-managers = Utilizadores e gestores: acesso total
permission-managers-view = Utilizadores e gestores: consultar
permission-managers-edit = Gestores: atribuir e alterar
permission-sms = Textos de SMS: acesso total
permission-sms-view = Textos de SMS: consultar
permission-sms-edit = Textos de SMS: alterar
permission-voice = Textos de voz: acesso total
permission-voice-view = Textos de voz: consultar
permission-voice-edit = Textos de voz: alterar
permission-widgets = Widgets: acesso total
permission-widgets-view = Widgets: consultar
permission-widgets-edit = Widgets: criar, alterar e eliminar
permission-widgets-call = Widgets: pedir chamadas

## The public widget, shown to visitors in the widget's language

public-error-unavailable = Este widget não está disponível.
widget-title = Quer que lhe liguemos?
widget-phone-label = O seu número de telefone
widget-call-button = Ligue-me agora
widget-schedule-button = Ligue-me mais tarde
widget-unavailable-now = De momento, os nossos consultores não estão disponíveis. Escolha uma hora e nós ligamos-lhe.
widget-call-coming = Obrigado! O seu telefone vai tocar dentro de momentos.
widget-call-scheduled = Obrigado! Vamos ligar-lhe à hora escolhida.

## REST API reference page

api-docs-title = API REST do Dialback
api-docs-intro = A API é compatível com a API externa do CallPage: os mesmos caminhos, o mesmo envelope de resposta e o mesmo cabeçalho para a chave. Envie a chave criada em Definições > Chaves de API no cabeçalho Authorization, sozinha ou no formato "Bearer <chave>". Os parâmetros vão na query string dos pedidos GET e, nos restantes pedidos, num corpo form-urlencoded ou JSON. Todas as respostas contêm hasError, errorCode, message, data e meta. Os parâmetros marcados com * são obrigatórios. As descrições dos endpoints estão em inglês.
api-docs-openapi = Documento OpenAPI 3.1
api-docs-permission = Permissão:
api-docs-parameter = Parâmetro
api-docs-type = Tipo
api-docs-description = Descrição
api-docs-any-key = qualquer chave válida

## My team

nav-team = A minha equipa
team-title = A minha equipa
team-col-state = Estado
team-state-enabled = Ativo
team-state-disabled = Desativado
team-add = Adicionar um membro da equipa
team-add-hint = O novo membro inicia sessão depois de escolher uma palavra-passe através de «Esqueceu-se da palavra-passe?», na página de início de sessão.
team-add-submit = Adicionar membro
team-owner-only = Só o proprietário da conta ou um administrador pode alterar a equipa.
team-edit-title = Editar membro da equipa
team-back = Voltar à equipa
team-enabled = Ativo: pode iniciar sessão e atender chamadas
team-delete = Remover da equipa
team-verify-number = Verificar
team-caller-id-verified = Verificado
team-last-owner = O último proprietário da conta não pode ser removido nem mudar de função.
team-self-delete = Não pode remover o seu próprio utilizador. Peça a outro proprietário ou administrador.
field-role = Função
role-owner = Proprietário
role-admin = Administrador
role-manager = Gestor

## Widgets

nav-widgets = Widgets
nav-calls = Chamadas
action-add = Adicionar
action-remove = Remover
widgets-title = Widgets
widgets-empty = A conta ainda não tem widgets. Adicione o primeiro abaixo.
widgets-col-state = Estado
widgets-col-managers = Gestores
widgets-add = Adicionar um widget
widgets-add-submit = Adicionar widget
widgets-back = Voltar aos widgets
widgets-widget = Widget
widgets-state-enabled = Ativado: os visitantes veem o widget e podem pedir chamadas.
widgets-state-disabled = Desativado: os visitantes não veem o widget.
widgets-enable = Ativar
widgets-disable = Desativar
widgets-duplicate = Duplicar
widgets-delete = Eliminar widget
widgets-general = Geral
widgets-busy-mode-hint = Ativado: quando todos os gestores estão ocupados, o pedido do visitante é recusado. Desativado: os visitantes podem marcar uma hora para a chamada.
widgets-domains = Domínios de confiança
widgets-domains-hint = O widget só funciona nestes sites. Se não houver nenhum domínio na lista, funciona em qualquer site.
widgets-departments = Departamentos
widgets-managers = Gestores
widgets-no-managers = Ainda nenhum gestor atende as chamadas deste widget.
widgets-add-manager = Adicionar gestor
widgets-manager-enabled = atende chamadas
widgets-manager-disabled = em pausa
widgets-manager-pause = Pausar
widgets-manager-resume = Retomar
widgets-days-off = Dias sem atendimento
widgets-embed = Endereço de configuração do widget
widgets-embed-hint = O script do widget no seu site lê a configuração a partir deste endereço.
widgets-preview = Pré-visualizar o widget
widgets-preview-hint = É assim que um visitante do seu endereço atual vê o widget. Um endereço bloqueado não vê nada.
widgets-hours-none = sem horário de atendimento
widgets-no-department = Sem departamento
widgets-no-users = Adicione primeiro membros da equipa com número de telefone.
field-widget-url = Endereço do site
field-widget-description = Descrição
field-widget-language = Idioma do widget
field-widget-timezone = Fuso horário do widget
field-widget-busy-mode = Modo ocupado
field-widget-domain = Domínio
field-widget-department = Nome do departamento
field-widget-user = Membro da equipa
field-widget-days = Dias de trabalho
field-widget-start = Hora de início
field-widget-end = Hora de fim
field-widget-days-off = Dias sem atendimento, uma data por linha (YYYY-MM-DD)
error-widget-url-invalid = Introduza o endereço de um site, como https://shop.example.com.
error-widget-description-too-long = A descrição é demasiado longa: utilize no máximo 500 caracteres.
error-department-name = Introduza um nome de departamento com, no máximo, 100 caracteres.
error-manager-user = Escolha um membro da equipa desta conta.
error-manager-days = Escolha pelo menos um dia de trabalho, com a hora de início antes da hora de fim.
error-days-off-invalid = Escreva cada dia sem atendimento no formato YYYY-MM-DD, um por linha.
weekday-0 = domingo
weekday-1 = segunda-feira
weekday-2 = terça-feira
weekday-3 = quarta-feira
weekday-4 = quinta-feira
weekday-5 = sexta-feira
weekday-6 = sábado

## Calls

calls-title = Chamadas
calls-call = Chamada
calls-back = Voltar às chamadas
calls-col-phone = Número de telefone
calls-col-status = Estado
calls-col-manager = Gestor
calls-col-duration = Tempo de conversa
calls-widget = Widget
calls-requested = Data do pedido
calls-scheduled-for = Agendada para
calls-page = Página
calls-fields = Dados deixados pelo visitante
calls-events = O que aconteceu
calls-filter-status = Estado
calls-filter-widget = Widget
calls-count = { $count ->
    [0] Nenhuma chamada encontrada.
    [one] { $count } chamada encontrada.
    [many] { $count } chamadas encontradas.
   *[other] { $count } chamadas encontradas.
}
calls-duration = { $count ->
    [one] { $count } segundo
    [many] { $count } segundos
   *[other] { $count } segundos
}
calls-nobody = —
calls-cancel = Cancelar a chamada
call-status-new = À espera de um gestor livre
call-status-scheduled = Agendada
call-status-ringing = A ligar ao gestor
call-status-in-progress = Estabelecida
call-status-completed = Concluída
call-status-manager-failed = Nenhum gestor atendeu
call-status-user-failed = O visitante não atendeu
call-status-failed = Falhada
call-status-cancelled = Cancelada

## Limits, IP addresses, blacklisted numbers, caller IDs and tags

list-col-created = Adicionado
limits-title = Limites
limits-intro = Por motivos de segurança, cada conta tem limites de chamadas. Para alterar um deles, descreva o seu caso abaixo. O operador do Dialback analisa todos os pedidos.
limits-col-limit = Limite
limits-col-value = Valor
limits-col-use = Utilização atual
limits-col-change = Alteração
limits-col-state = Estado
limit-max_calls_in_progress = Chamadas simultâneas em curso
limit-max_conversation_duration = Duração máxima de uma conversa
limit-scheduled_calls_per_timestamp = Chamadas agendadas para o mesmo momento
limits-use-calls = { $count ->
    [one] { $count } chamada a tocar ou estabelecida neste momento
    [many] { $count } chamadas a tocar ou estabelecidas neste momento
   *[other] { $count } chamadas a tocar ou estabelecidas neste momento
}
limits-use-longest = { $count ->
    [one] a mais longa até agora: { $count } segundo
    [many] a mais longa até agora: { $count } segundos
   *[other] a mais longa até agora: { $count } segundos
}
limits-use-busiest = { $count ->
    [one] momento mais concorrido: { $count } chamada agendada
    [many] momento mais concorrido: { $count } chamadas agendadas
   *[other] momento mais concorrido: { $count } chamadas agendadas
}
limits-request = Pedir uma alteração de limite
limits-request-submit = Enviar pedido
limits-requests = Os seus pedidos
limits-state-pending = A aguardar decisão
limits-state-approved = Aprovado
limits-state-rejected = Rejeitado
field-limit = Limite
field-limit-new-value = Novo valor
field-limit-description = Porque precisa desta alteração?
error-limit-unknown = Escolha um dos limites da lista.
error-limit-value = Introduza um número inteiro de 1 até ao máximo do limite (10.000 chamadas ou 86.400 segundos).
error-limit-description = Descreva o seu caso utilizando entre 10 e 2000 caracteres.
ip-title = Endereços IP
ip-intro = Os visitantes com um endereço ou intervalo bloqueado não veem os seus widgets nem podem pedir chamadas. Os endereços da lista de permissões nunca são restringidos, nem mesmo pelo bloqueio automático de endereços que pedem muitas chamadas e não atendem nenhuma.
ip-empty = As duas listas estão vazias.
ip-add = Adicionar um endereço ou intervalo
ip-col-hits = Ocorrências
ip-list-whitelist = Lista de permissões
ip-list-blacklist = Lista de bloqueios
field-ip-address = Endereço IP ou intervalo (CIDR)
field-ip-list-type = Lista
field-ip-note = Nota (opcional)
error-ip-missing = Introduza um endereço IP ou um intervalo, como 203.0.113.0/24.
error-ip-invalid = Introduza um endereço IPv4 ou IPv6 válido, ou um intervalo em notação CIDR, como 203.0.113.0/24.
error-ip-list-type = Escolha a lista de permissões ou a lista de bloqueios.
error-ip-note = A nota é demasiado longa ou contém caracteres invisíveis: utilize no máximo 200 caracteres visíveis.
error-ip-overlap = Este endereço ou intervalo sobrepõe-se a { $network }, que já consta da «{ $list }». Remova primeiro essa entrada ou introduza um intervalo que não se sobreponha a ela.
numbers-title = Números bloqueados
numbers-intro = Os números de telefone desta lista nunca recebem chamadas do Dialback.
numbers-empty = Não há números bloqueados.
numbers-add = Bloquear um número
error-number-listed = Este número já está bloqueado.
error-number-blacklisted = Este número de telefone está bloqueado nesta conta e, por isso, não recebe chamadas.
public-error-call-refused = Não podemos ligar para este número. Por favor, contacte-nos por outro meio.
error-slot-full = Esta hora já não tem vagas. Escolha outra.
api-error-address-blocked = O endereço IP do visitante está bloqueado nesta conta.
api-error-calls-limit = A conta atingiu o limite de chamadas em curso. Tente novamente quando uma chamada terminar ou peça um limite mais alto em Definições > Limites.
api-error-tag-not-found = A etiqueta não existe nesta conta.
caller-ids-title = Identificadores de chamada
caller-ids-intro = Todos os números de telefone alguma vez adicionados à conta. Ao receberem a chamada, os visitantes só veem o número de um gestor depois de este ser verificado. Até lá, veem o número do Dialback.
caller-ids-empty = Ainda não foi adicionado nenhum número de telefone à conta.
caller-ids-col-verified = Verificado
caller-ids-not-verified = Não verificado
caller-ids-send-sms = Enviar código por SMS
caller-ids-send-voice = Enviar código por chamada de voz
caller-ids-verify = Verificar
caller-ids-code-message = O seu código de verificação do Dialback é { $code }. Expira dentro de 10 minutos.
field-caller-id-code = Código de seis dígitos
error-code-wrong = O código está incorreto. Verifique-o e tente novamente.
error-code-expired = O código expirou ou ainda não foi enviado nenhum. Envie um novo código.
error-code-attempts = Demasiados códigos incorretos. Envie um novo código.
tags-title = Etiquetas
tags-intro = As etiquetas classificam as chamadas por tema, para que as possa encontrar e filtrar.
tags-empty = A conta ainda não tem etiquetas.
tags-add = Adicionar uma etiqueta
tags-col-updated = Última alteração
field-tag-label = Nome
field-tag-color = Cor
error-tag-label = Introduza um nome com 1 a 50 caracteres visíveis.
error-tag-color = Escolha uma cor no formato # seguido de seis dígitos hexadecimais, como #0b6bcb.
error-tag-duplicate = Já existe outra etiqueta com este nome.
calls-tag = Etiqueta
calls-add-tag = Adicionar etiqueta
activity-kind-CALL_TAGGED = Foi adicionada uma etiqueta a uma chamada.
activity-kind-CALL_UNTAGGED = Foi removida uma etiqueta de uma chamada.
activity-kind-LIMIT_CHANGE_REQUESTED = Foi pedida uma alteração de limite.
activity-kind-LIMIT_CHANGE_APPROVED = Foi aprovada uma alteração de limite.
activity-kind-LIMIT_CHANGE_REJECTED = Foi rejeitada uma alteração de limite.
activity-kind-IP_ADDRESS_ADDED = Foi adicionado um endereço IP a uma lista.
activity-kind-IP_ADDRESS_REMOVED = Foi removido um endereço IP de uma lista.
activity-kind-IP_ADDRESS_BLACKLISTED_AUTOMATICALLY = Foi bloqueado automaticamente um endereço IP que pediu muitas chamadas e não atendeu nenhuma.
activity-kind-BLACKLISTED_NUMBER_ADDED = Foi bloqueado um número de telefone.
activity-kind-BLACKLISTED_NUMBER_REMOVED = Foi desbloqueado um número de telefone.
activity-kind-CALLER_ID_ADDED = Foi adicionado um identificador de chamada.
activity-kind-CALLER_ID_VERIFICATION_SENT = Foi enviado um código de verificação para um identificador de chamada.
activity-kind-CALLER_ID_VERIFIED = Foi verificado um identificador de chamada.
activity-kind-CALLER_ID_DELETED = Foi eliminado um identificador de chamada.
activity-kind-TAG_ADDED = Foi adicionada uma etiqueta.
activity-kind-TAG_EDITED = Foi alterada uma etiqueta.
activity-kind-TAG_DELETED = Foi eliminada uma etiqueta.

# Desktop notifications in the dashboard, and widget reports by e-mail.
live-region-label = Notificações
live-dismiss = Fechar
live-open = Abrir
live-enable-desktop = Mostrar notificações no ambiente de trabalho
report-daily-subject = Relatório diário de { $date }
report-weekly-subject = Relatório semanal de { $first } a { $last }
report-daily-intro = Chamadas dos seus widgets em { $date } (fuso horário { $timezone }).
report-weekly-intro = Chamadas dos seus widgets de { $first } a { $last } (fuso horário { $timezone }).
report-col-widget = Widget
report-col-requested = Pedidas
report-col-answered = Atendidas
report-col-missed = Perdidas
report-col-average-wait = Espera média
report-col-average-talk = Duração média da conversa
report-col-day = Dia
report-total = Todos os widgets
report-none = —
report-chart-title = Chamadas por dia
report-chart-alt = Gráfico de barras das chamadas por dia; a tabela abaixo indica os mesmos números.
report-legend-answered = Atendidas
report-legend-missed = Perdidas
report-legend-other = Outros resultados: canceladas, falhadas ou por concluir
report-open-calls = Abrir a lista de chamadas
report-duration-seconds = { $seconds } s
report-duration-minutes = { $minutes } min { $seconds } s
nav-messages = Mensagens
messages-title = Mensagens
messages-intro = Mensagens que os visitantes deixaram nos seus widgets, das mais recentes para as mais antigas.
messages-count = { $count ->
    [0] Ainda não há mensagens.
    [one] { $count } mensagem.
    [many] { $count } de mensagens.
   *[other] { $count } mensagens.
}
messages-col-widget = Widget
messages-col-visitor = Visitante
messages-col-text = Mensagem
error-message-text-missing = Escreva uma mensagem.
error-message-text-too-long = Encurte a mensagem para, no máximo, 2000 caracteres.
error-message-contact-missing = Indique um número de telefone ou um endereço de e-mail para podermos responder.
public-error-message-refused = Não podemos aceitar esta mensagem. Por favor, contacte-nos por outro meio.
widget-message-received = Obrigado! Recebemos a sua mensagem e entraremos em contacto consigo.
activity-kind-MESSAGE_RECEIVED = Um visitante deixou uma mensagem.
activity-kind-WEBHOOK_ADDED = Foi adicionado um webhook.
activity-kind-WEBHOOK_ENABLED = Foi ativado um webhook.
activity-kind-WEBHOOK_DISABLED = Foi desativado um webhook.
activity-kind-WEBHOOK_SECRET_ROTATED = O segredo de assinatura de um webhook foi substituído.
activity-kind-WEBHOOK_DELETED = Foi eliminado um webhook.
webhooks-title = Webhooks
webhooks-intro = Quando ocorre um dos eventos escolhidos, o Dialback envia para cada endereço abaixo um pedido POST assinado com JSON. Os envios falhados são repetidos com pausas cada vez mais longas.
webhooks-owner-only = Só os proprietários e administradores da conta podem gerir webhooks.
webhooks-empty = A conta ainda não tem webhooks.
webhooks-col-url = Endereço
webhooks-col-events = Eventos
webhooks-col-secret = Segredo de assinatura
webhooks-col-state = Estado
webhooks-state-enabled = Ativo
webhooks-state-disabled = Inativo
webhooks-log = Registo de envios
webhooks-enable = Ativar
webhooks-disable = Desativar
webhooks-rotate-secret = Substituir segredo
webhooks-signature-hint = Cada pedido leva o cabeçalho Dialback-Signature: t=<hora Unix>,v1=<HMAC-SHA256 em hexadecimal da hora, de um ponto e do corpo, com o segredo de assinatura como chave>. Verifique-o antes de confiar num pedido.
webhooks-add = Adicionar um webhook
field-webhook-url = Endereço (URL)
field-webhook-events = Eventos a enviar
error-webhook-url-missing = Introduza o endereço que deve receber os eventos.
error-webhook-url-too-long = Encurte o endereço para, no máximo, 2000 caracteres.
error-webhook-url-invalid = Introduza um endereço completo que comece por https:// ou http://, por exemplo https://example.com/dialback.
error-webhook-url-credentials = Introduza o endereço sem nome de utilizador nem palavra-passe.
error-webhook-url-forbidden = Este endereço leva a { $address }, que não está na internet pública. Os webhooks só podem chegar a endereços públicos.
error-webhook-url-unresolved = Não foi possível encontrar o nome de anfitrião deste endereço. Verifique a ortografia.
error-webhook-events-missing = Escolha pelo menos um evento da lista.
error-webhook-too-many = { $count ->
    [one] Uma conta pode ter, no máximo, { $count } webhook. Elimine um primeiro.
    [many] Uma conta pode ter, no máximo, { $count } de webhooks. Elimine um primeiro.
   *[other] Uma conta pode ter, no máximo, { $count } webhooks. Elimine um primeiro.
}
webhooks-event-call-new = Nova chamada
webhooks-event-call-scheduled = Chamada agendada
webhooks-event-call-ringing = Chamada a tocar
webhooks-event-call-completed = Chamada concluída
webhooks-event-call-missed = Chamada perdida
webhooks-event-call-scheduled-failed = Falha de uma chamada agendada
webhooks-event-call-custom-fields = Campos personalizados preenchidos por um visitante
webhooks-event-call-additional-data = O visitante deixou dados adicionais
webhooks-event-message-new = Nova mensagem
webhooks-log-title = Registo de envios do webhook
webhooks-back = Voltar aos webhooks
webhooks-col-event = Evento
webhooks-col-attempts = Tentativas
webhooks-no-attempts = Ainda não enviado.
webhooks-deliveries-count = { $count ->
    [0] Ainda nada foi enviado para este webhook.
    [one] { $count } envio.
    [many] { $count } de envios.
   *[other] { $count } envios.
}
webhooks-status-delivered = Entregue
webhooks-status-failed = Falhou; sem mais tentativas
webhooks-status-pending = A aguardar envio
webhooks-status-retrying = Falhou; próxima tentativa em { $time }
webhooks-http-status = HTTP { $status }
webhooks-duration-ms = { $count } ms
webhooks-error-forbidden-address = Recusado: o endereço não está na internet pública
webhooks-error-unresolved = Nome de anfitrião não encontrado
webhooks-error-timeout = Sem resposta a tempo
webhooks-error-connect = A ligação falhou
webhooks-error-too-many-redirects = Demasiados redirecionamentos
webhooks-error-invalid-redirect = Um redirecionamento sem endereço de destino válido
webhooks-error-request = O pedido falhou
# Notifications (branch notify)
notifications-title = Notificações
notifications-intro = Escolha que eventos lhe chegam por cada canal. As alterações aplicam-se quando clicar em Guardar.
notifications-col-event = Evento
notifications-not-offered = Não disponível neste canal
notifications-error-unknown = O formulário continha uma opção que não existe, por isso nada foi guardado. Recarregue a página e tente novamente.
notifications-sms-to = Os SMS são enviados para { $phone }, o número do seu perfil.
notifications-sms-no-phone = Adicione um número de telefone ao seu perfil para receber SMS.
notifications-mobile-devices = Dispositivos móveis registados para notificações push: { $count }. As aplicações registam-nos através da API REST.
notifications-test-title = Enviar um teste
notifications-test-hint = Um teste passa pela mesma fila que as notificações reais, por isso também aparece no registo de envios.
notifications-test-sms = Enviar um SMS de teste
notifications-test-email = Enviar um e-mail de teste
notifications-test-desktop = Enviar uma notificação de ambiente de trabalho de teste
notifications-test-mobile = Enviar uma notificação push de teste
notifications-test-queued = A notificação de teste está a caminho.
notifications-log-title = Registo de envios
notifications-log-empty = Ainda não lhe foi enviado nada.
notifications-log-col-what = Notificação
notifications-log-col-when = Criada
notifications-log-col-channel = Canal
notifications-log-col-status = Estado
notifications-log-col-attempts = Tentativas
notifications-log-col-error = Último erro
notifications-log-sent-at = enviada a { $time }
notifications-log-older = Envios anteriores
notifications-status-pending = A aguardar
notifications-status-sent = Enviada
notifications-status-failed = Falhou
notifications-error-no-phone = O seu perfil não tem número de telefone.
notifications-error-no-device = Não tem nenhum dispositivo móvel registado.
notifications-error-user-gone = O destinatário já não existe.
notifications-error-user-disabled = O utilizador destinatário está desativado.
notifications-error-unknown-kind = Esta versão do Dialback não conhece esta notificação.
profile-notifications-link = Escolher as notificações que recebe
notify-channel-sms = SMS
notify-channel-email = E-mail
notify-channel-desktop = Ambiente de trabalho
notify-channel-mobile = Telemóvel
notify-event-call-new = Nova chamada
notify-event-call-scheduled = Nova chamada agendada
notify-event-call-ringing = Chamada a tocar
notify-event-call-completed = Chamada concluída, com os detalhes
notify-event-call-missed = Chamada perdida
notify-event-call-scheduled-failed = Chamada agendada falhada
notify-event-call-custom-fields = Campos personalizados preenchidos por um visitante
notify-event-call-additional-data = O visitante deixou dados adicionais
notify-event-message-new = Nova mensagem
notify-event-widget-installed = Novo widget instalado
notify-event-product-update = Novidades do produto
notify-event-report-daily = Relatório diário do widget
notify-event-report-weekly = Relatório semanal do widget
notify-event-notification-test = Notificação de teste
notify-event-subscription-expired = Subscrição expirada
notify-label-phone = Número do visitante
notify-label-time = Hora
notify-label-scheduled = Agendada para
notify-label-widget = Widget
notify-label-manager = Gestor
notify-label-duration = Conversa
notify-label-email = E-mail
notify-open-link = Abrir no Dialback
notify-email-footer = Recebe esta mensagem devido às suas definições de notificações no Dialback. Pode alterá-las em Definições > Notificações.
notify-call-new-subject = Novo pedido de chamada de { $phone }
notify-call-new-body = { $phone } pediu para ser contactado através de { $widget } às { $time }.
notify-call-new-sms = Novo pedido de chamada de { $phone } às { $time }.
notify-call-scheduled-subject = { $phone } marcou uma chamada para { $scheduled }
notify-call-scheduled-body = { $phone } marcou uma chamada através de { $widget } para { $scheduled }.
notify-call-scheduled-sms = Chamada marcada por { $phone } para { $scheduled }.
notify-call-ringing-subject = A tocar: chamada para { $phone }
notify-call-ringing-body = O telefone de um gestor está a tocar para a chamada pedida por { $phone } através de { $widget }.
notify-call-ringing-sms = A tocar agora: chamada para { $phone }.
notify-call-completed-subject = Chamada com { $phone } concluída ({ $duration })
notify-call-completed-body = { $manager } falou com { $phone } durante { $duration }. A chamada terminou às { $time }.
notify-call-completed-sms = Chamada concluída: { $phone }, { $duration } com { $manager }, terminou { $time }.
notify-call-missed-subject = Chamada perdida de { $phone }
notify-call-missed-manager-body = Nenhum gestor atendeu a chamada pedida por { $phone } através de { $widget }. Terminou às { $time }; ligue de volta ao visitante o mais depressa possível.
notify-call-missed-manager-sms = Chamada perdida de { $phone } às { $time }: nenhum gestor atendeu.
notify-call-missed-visitor-body = O visitante { $phone } não atendeu a chamada de retorno pedida através de { $widget }. Terminou às { $time }.
notify-call-missed-visitor-sms = Chamada perdida com { $phone } às { $time }: o visitante não atendeu.
notify-call-scheduled-failed-subject = A chamada agendada com { $phone } falhou
notify-call-scheduled-failed-body = Não foi possível fazer a chamada que { $phone } marcou para { $scheduled }. Terminou às { $time }.
notify-call-scheduled-failed-sms = A chamada agendada com { $phone } falhou às { $time }.
notify-call-custom-fields-subject = { $phone } preencheu campos personalizados
notify-call-custom-fields-body = O visitante { $phone } preencheu campos personalizados da sua chamada através de { $widget }. Abaixo estão todos os campos preenchidos até agora.
notify-call-custom-fields-sms = { $phone } preencheu campos personalizados da sua chamada.
notify-call-additional-data-subject = { $phone } deixou dados adicionais
notify-call-additional-data-body = O visitante { $phone } deixou dados adicionais com a sua chamada através de { $widget }.
notify-call-additional-data-sms = { $phone } deixou dados adicionais com a sua chamada.
notify-message-new-subject = Nova mensagem de um visitante em { $widget }
notify-message-new-body = Um visitante deixou uma mensagem em { $widget } às { $time }:
notify-message-new-sms = Nova mensagem em { $widget }:
notify-widget-installed-subject = O seu widget está ativo em { $domain }
notify-widget-installed-body = O widget de { $widget } foi carregado pela primeira vez em { $domain } às { $time }. Os visitantes já podem pedir para ser contactados a partir daí.
notify-widget-installed-sms = Os visitantes de { $domain } já podem pedir que lhes liguem de volta.
notify-product-update-subject = Dialback: { $title }
notify-product-update-body = { $title }
notify-product-update-sms = { $title }
notify-report-daily-subject = Relatório diário dos seus widgets
notify-report-weekly-subject = Relatório semanal dos seus widgets
notify-notification-test-subject = Notificação de teste do Dialback
notify-notification-test-body = Esta é uma notificação de teste no canal { $channel }. Se lhe chegou, as notificações do Dialback também lhe chegam aí.
notify-notification-test-sms = Notificação de teste do Dialback pelo canal { $channel }: recebida.
activity-kind-PUSH_DEVICE_REGISTERED = Foi registado um dispositivo móvel para notificações push.
activity-kind-PUSH_DEVICE_UNREGISTERED = Foi removido um dispositivo móvel das notificações push.
api-reason-device-token = use o token emitido pela plataforma do dispositivo: no máximo 4096 caracteres, sem espaços.
api-reason-device-platform = use android ou ios.
api-error-device-not-found = Esse token de dispositivo não existe nesta conta.
## Plans, subscription, checkout, payments and invoices (issue 6, branch payments)

billing-period-monthly = Mensal
billing-period-annual = Anual
payment-system-paypal = PayPal
payment-system-dotpay = DotPay
payment-system-bank_transfer = Transferência bancária
subscription-title = Subscrição
subscription-paid = Obrigado. O pagamento foi confirmado e o seu plano foi alterado.
subscription-current-plan = Plano atual
subscription-expires-on = Válido até
subscription-expired-on = Expirou a
subscription-plans = Planos
subscription-no-plans = Ainda não há planos disponíveis.
subscription-prices-net = Preços sem IVA, na moeda da sua conta. O IVA é acrescentado na encomenda.
subscription-change = Mudar de plano
subscription-see-price = Ver o preço
subscription-pending = Pagamentos a aguardar confirmação
subscription-pay-now = Pagar
payment-reference = Referência do pagamento
checkout-field-plan = Plano
checkout-field-billing-period = Período de faturação
checkout-field-payment-system = Sistema de pagamento
checkout-field-full-name = Nome completo
checkout-field-company = Nome da empresa (se comprar como empresa)
checkout-field-tax-id = NIF ou número de IVA
checkout-field-country = País (código de duas letras, por exemplo PT)
checkout-field-city = Localidade
checkout-field-address = Morada
checkout-field-zip-code = Código postal
checkout-title = Encomenda
checkout-price = Preço do plano
checkout-credit = Dedução pela parte não utilizada do plano atual
checkout-credit-rule = A dedução é o valor pago pelo período atual multiplicado pela parte do período que falta, arredondado à unidade mais pequena da moeda.
checkout-net = Sem IVA
checkout-vat = IVA { $rate }%
checkout-vat-amount = IVA
checkout-gross = Total a pagar
checkout-downgrade = O que perde com este plano
checkout-downgrade-intro = O novo plano põe estes limites abaixo dos valores atuais. Mudam assim que o pagamento for confirmado.
checkout-downgrade-now = Agora
checkout-downgrade-after = Com o novo plano
checkout-downgrade-confirm = Compreendo que estes limites vão baixar.
checkout-details = Dados de faturação
checkout-submit = Avançar para o pagamento
proforma-title = Fatura pró-forma
proforma-intro = Transfira o total abaixo para esta conta e indique a referência do pagamento. O plano muda quando o operador registar o pagamento.
proforma-paid = Este pagamento está confirmado.
proforma-recipient = Destinatário
proforma-bank = Banco
proforma-account = Número de conta
proforma-amount = Montante a pagar
proforma-issued = Emitida a
proforma-back = Voltar à subscrição
sandbox-title = Ambiente de teste de pagamentos
sandbox-intro = Esta página de teste substitui o prestador de pagamentos. Não é cobrado dinheiro.
sandbox-pay = Confirmar o pagamento
sandbox-cancel = Cancelar e voltar ao Dialback
invoices-title = Faturas
invoices-empty = Ainda não há faturas. É emitida uma fatura por cada pagamento confirmado.
invoices-col-number = Número
invoices-col-transaction = ID da transação
invoices-col-price = Preço
invoices-col-paid = Data de pagamento
invoices-col-kind = Tipo
invoices-download = Descarregar PDF
invoice-kind-subscription = Subscrição
invoice-kind-one_time = Pontual
invoice-line-subscription = Plano { $plan }, { $period }
invoice-line-subscription-credit = Plano { $plan }, { $period }, menos { $credit } de crédito pela parte não utilizada do plano anterior
error-money-invalid = Introduza um montante como 49.99, com um ponto antes dos cêntimos.
error-money-precision = Introduza no máximo dois algarismos depois do ponto.
error-billing-period-unknown = Escolha faturação mensal ou anual.
error-payment-system-unknown = Escolha um sistema de pagamento da lista.
error-invoice-kind-unknown = Escolha subscrição ou pontual.
error-plan-unknown = Escolha um plano da lista.
error-plan-no-price = Este plano não tem preço na moeda da sua conta para este período. Escolha outro plano ou período.
error-checkout-required = Preencha este campo (até 200 caracteres).
error-checkout-country = Introduza o código do país com duas letras, por exemplo PT ou ES.
error-checkout-tax-id-required = Uma empresa tem de indicar o seu número de contribuinte.
error-checkout-confirm-downgrade = Confirme que aceita os limites mais baixos.
activity-kind-PAYMENT_STARTED = Foi iniciado um pagamento.
activity-kind-PAYMENT_CONFIRMED = Foi confirmado um pagamento.
activity-kind-PAYMENT_CALLBACK_REJECTED = Foi rejeitada uma notificação de pagamento.
activity-kind-SUBSCRIPTION_CHANGED = O plano da subscrição mudou.
activity-kind-INVOICE_ISSUED = Foi emitida uma fatura.
## Billing information, coupons and invoice PDFs (issue 6, branch billing)

error-tax-id-missing = Introduza o número fiscal.
error-tax-id-characters = Este número fiscal contém caracteres que os números do país escolhido não usam.
error-tax-id-length = Este número fiscal tem um número de caracteres errado para o país escolhido.
error-tax-id-checksum = O dígito de controlo deste número fiscal não confere. Verifique se há algum erro de escrita.
error-tax-id-prefix = Este número começa pelo prefixo de outro país. Escolha esse país ou retire o prefixo.
error-tax-id-country = Não conseguimos verificar números fiscais deste país. Escolha o país que emitiu o número.
settings-nav-subscription = Subscrição
settings-nav-invoices = Faturas
billing-title = Dados de faturação
billing-intro = As novas faturas são emitidas com estes dados. As faturas já emitidas mantêm os dados com que foram emitidas.
billing-country-choose = Escolha um país
billing-zip-hint = Formato do código postal no país escolhido: { $example }
billing-tax-id-hint = Opcional. Introduza o número de IVA ou o número fiscal do país escolhido, com ou sem o prefixo do país.
field-country = País
field-address = Morada
field-zip-code = Código postal
field-city = Localidade
field-tax-id = Número de IVA ou número fiscal
error-country-missing = Escolha um país.
error-country-unknown = Escolha um país da lista.
error-address-missing = Introduza a morada.
error-address-too-long = A morada é demasiado longa: use no máximo 200 caracteres.
error-city-missing = Introduza a localidade.
error-city-too-long = O nome da localidade é demasiado longo: use no máximo 100 caracteres.
error-zip-missing = Introduza o código postal.
error-zip-format = Introduza o código postal no formato do país escolhido, como { $example }.
coupons-title = Cupões
coupons-intro = Um código de cupão aumenta um dos limites da conta. Cada código pode ser usado uma vez por conta.
field-coupon-code = Código do cupão
coupons-apply = Aplicar
coupons-used = Cupões aplicados
coupons-empty = Ainda não foi aplicado nenhum cupão.
coupons-col-code = Código
coupons-col-increase = Aumento do limite
coupons-col-applied = Data de aplicação
coupons-increase = { $limit }: +{ $amount }
error-coupon-missing = Introduza um código de cupão.
error-coupon-code-format = Um código de cupão tem de 3 a 40 letras, algarismos, hífenes ou sublinhados.
error-coupon-unknown = Este código de cupão não existe. Verifique se está bem escrito.
error-coupon-expired = Este código de cupão expirou.
error-coupon-exhausted = Este código de cupão já esgotou.
error-coupon-already-used = Esta conta já usou este código de cupão.
error-coupon-throttled = { $count ->
    [one] Demasiados códigos de cupão errados. Tente novamente dentro de { $count } minuto.
    [many] Demasiados códigos de cupão errados. Tente novamente dentro de { $count } minutos.
   *[other] Demasiados códigos de cupão errados. Tente novamente dentro de { $count } minutos.
}
activity-kind-BILLING_INFO_CHANGED = Os dados de faturação foram alterados.
activity-kind-COUPON_APPLIED = Foi aplicado um cupão.
invoice-pdf-title = Fatura
invoice-pdf-number = Número da fatura
invoice-pdf-issued-on = Data de emissão
invoice-pdf-paid-on = Data de pagamento
invoice-pdf-transaction = ID da transação
invoice-pdf-seller = Vendedor
invoice-pdf-buyer = Adquirente
invoice-pdf-tax-id = NIF: { $id }
invoice-pdf-col-number = N.º
invoice-pdf-col-description = Descrição
invoice-pdf-col-quantity = Qtd.
invoice-pdf-col-unit-net = Preço unitário s/ IVA
invoice-pdf-col-net = Valor s/ IVA
invoice-pdf-col-vat-rate = Taxa de IVA
invoice-pdf-col-vat = IVA
invoice-pdf-col-gross = Total c/ IVA
invoice-pdf-vat-rate-value = { $rate }%
invoice-pdf-total = Total
invoice-pdf-currency = Moeda: { $code }
country-AT = Áustria
country-BE = Bélgica
country-BG = Bulgária
country-BR = Brasil
country-CY = Chipre
country-CZ = Chéquia
country-DE = Alemanha
country-DK = Dinamarca
country-EE = Estónia
country-ES = Espanha
country-FI = Finlândia
country-FR = França
country-GB = Reino Unido
country-GR = Grécia
country-HR = Croácia
country-HU = Hungria
country-IE = Irlanda
country-IT = Itália
country-LT = Lituânia
country-LU = Luxemburgo
country-LV = Letónia
country-MT = Malta
country-NL = Países Baixos
country-PL = Polónia
country-PT = Portugal
country-RO = Roménia
country-SE = Suécia
country-SI = Eslovénia
country-SK = Eslováquia
country-US = Estados Unidos
widget-message-title = Ou deixe-nos uma mensagem
widget-name-label = O seu nome (opcional)
widget-email-label = O seu endereço de e-mail
widget-message-label = Mensagem
widget-send-message = Enviar mensagem
subscription-trial-plan = Período experimental
invoice-period-monthly = faturação mensal
invoice-period-annual = faturação anual
activity-kind-SUBSCRIPTION_EXPIRED = A subscrição expirou e terminou o período de tolerância, por isso os widgets recusam novos pedidos de chamada.
api-error-subscription-expired = A subscrição da conta expirou, por isso os seus widgets não aceitam novos pedidos de chamada. O proprietário da conta pode renová-la em Definições > Subscrição.
public-error-subscription-expired = Os pedidos de chamada de volta não estão disponíveis neste site de momento. Contacte a empresa de outra forma.
subscription-banner-expiring = A sua subscrição expira a { $date }.
subscription-banner-grace = A sua subscrição expirou a { $date }. Se não for renovada, os widgets vão recusar novos pedidos de chamada a partir de { $refused }.
subscription-banner-expired = A sua subscrição expirou a { $date }. Até ser renovada, os widgets recusam novos pedidos de chamada; as chamadas aceites antes continuam a realizar-se.
subscription-banner-renew = Renove-a em Definições > Subscrição.
subscription-banner-ask-owner = Peça ao proprietário da conta que a renove.
notify-subscription-expired-subject = A sua subscrição do Dialback expirou
notify-subscription-expired-body = A sua subscrição expirou a { $time } e terminou o período de tolerância, por isso os seus widgets já não aceitam pedidos de chamada. As chamadas aceites antes continuam a realizar-se. Renove-a em Definições > Subscrição para voltar a aceitar chamadas.
notify-subscription-expired-sms = A sua subscrição do Dialback expirou; os widgets já não aceitam pedidos de chamada.

## Billing fixes (issue 6, branch billfix)
error-coupon-disabled = Este código de cupão já não está ativo.
error-forbidden-title = Não pode abrir esta página
error-forbidden-message = A sua função nesta conta não o permite. Se precisar de acesso, peça-o ao titular da conta.
error-tax-id-repeated = Um número formado por um só algarismo repetido nunca é atribuído. Introduza o número fiscal verdadeiro.

## Payment fixes: one pending payment, credit at confirmation, rejected callbacks
checkout-new-expiry = Pago até
checkout-credit-surplus = O valor não utilizado do plano atual excede este preço em { $amount }. Não se perde: prolonga o novo plano, como mostra a data acima.
payment-cancel = Cancelar
payment-cancelled-notice = Este pagamento foi cancelado e já não pode ser pago. Para mudar de plano, inicie uma nova encomenda.
payment-cancelled-done = O pagamento pendente foi cancelado.
payment-rejected-title = O pagamento não foi confirmado
payment-rejected-back = Voltar à subscrição
payment-rejected-bad-signature = Não foi possível verificar a confirmação do sistema de pagamento. O seu plano não mudou. Inicie o pagamento de novo na página Subscrição.
payment-rejected-unknown-payment = Nenhum pagamento tem esta referência. O seu plano não mudou.
payment-rejected-wrong-system = Este pagamento não é pago por este sistema de pagamento. O seu plano não mudou.
payment-rejected-wrong-amount = O montante ou a moeda confirmados não correspondem a este pagamento. O seu plano não mudou.
payment-rejected-replayed = Esta confirmação já foi usada e não alterou nada. Se pagou, a página Subscrição mostra o resultado.
payment-rejected-expired = A confirmação chegou tarde demais: a página de pagamento é válida durante 15 minutos. O seu plano não mudou. Abra o pagamento de novo na página Subscrição.
payment-rejected-cancelled = Este pagamento foi cancelado, por exemplo por uma encomenda mais recente, e não pode ser confirmado. O seu plano não mudou.
error-currency-paid-period = A moeda não pode mudar enquanto decorre um período pago (até { $date }): a parte não utilizada só é deduzida na moeda em que foi paga.
activity-kind-PAYMENT_CANCELLED = Foi cancelado um pagamento pendente.

## Notification fixes: device tokens, test throttle, webhook and message errors
api-error-device-token-taken = Esse token de dispositivo está registado noutra conta.
notifications-test-throttled = Foi enviado um teste por este canal há menos de um minuto. Aguarde um minuto antes de enviar outro.
error-webhook-url-metadata = Este endereço leva a { $address }, um serviço de metadados da nuvem que pode entregar as credenciais do servidor. Os webhooks nunca o podem alcançar, independentemente do que o servidor permita.
error-webhook-url-port = Indique uma porta de 1 a 65535 ou omita a porta.
error-message-text-control = Remova da mensagem os caracteres de controlo, como os colados de outro programa. As quebras de linha e as tabulações podem ficar.
error-message-name-control = Remova do nome os caracteres invisíveis ou de controlo, como tabulações ou quebras de linha.
notify-label-name = Nome do visitante
notifications-error-mail-unreachable = Não foi possível ligar ao servidor de correio.
notifications-error-mail-refused = O servidor de correio recusou a mensagem.
notifications-error-other = O envio falhou.
