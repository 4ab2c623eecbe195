<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Trigger-point and referred-pain charting for dry needling.</source>
        <translation>Registro de pontos-gatilho e dor referida para o agulhamento seco.</translation>
    </message>
    <message>
        <source>About bodymap</source>
        <translation>Sobre o bodymap</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versão {version}</translation>
    </message>
    <message>
        <source>Left and right are always the patient&apos;s left and right.</source>
        <translation>Esquerda e direita são sempre a esquerda e a direita do paciente.</translation>
    </message>
    <message>
        <source>Free software under the MIT License. Built with Qt and PySide6 (LGPL-3.0), whose libraries are separate files you may replace; notices for every component below.</source>
        <translation>Software livre sob a Licença MIT. Feito com Qt e PySide6 (LGPL-3.0), cujas bibliotecas são arquivos separados que você pode substituir; os avisos de cada componente estão abaixo.</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Avisos de terceiros</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Audit trail</source>
        <translation>Trilha de auditoria</translation>
    </message>
    <message>
        <source>Every change to this visit: when, who, action, what, details</source>
        <translation>Cada alteração desta consulta: quando, quem, ação, o quê, detalhes</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>The patient whose visits are exported</source>
        <translation>O paciente cujas consultas são exportadas</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Da data</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Até a data</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Endereço da clínica</translation>
    </message>
    <message>
        <source>Printed on every handout</source>
        <translation>Impresso em cada folheto para o paciente</translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <source>Choose a muscle to write its home-care advice</source>
        <translation>Escolha um músculo para escrever as orientações para casa</translation>
    </message>
    <message>
        <source>Home-care advice for the chosen muscle</source>
        <translation>Orientações para casa do músculo escolhido</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Avisos de terceiros</translation>
    </message>
    <message>
        <source>The licences of the software bodymap ships</source>
        <translation>As licenças do software que acompanha o bodymap</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Each command and its keys</source>
        <translation>Cada comando e suas teclas</translation>
    </message>
    <message>
        <source>After-care advice</source>
        <translation>Orientações de cuidados após o tratamento</translation>
    </message>
    <message>
        <source>The after-care text given to patients</source>
        <translation>O texto de cuidados após o tratamento entregue aos pacientes</translation>
    </message>
    <message>
        <source>Clinic diagrams</source>
        <translation>Diagramas da clínica</translation>
    </message>
    <message>
        <source>Choose the diagram to use for a view</source>
        <translation>Escolha o diagrama a usar para uma vista</translation>
    </message>
    <message>
        <source>Earlier visit</source>
        <translation>Consulta anterior</translation>
    </message>
    <message>
        <source>Later visit</source>
        <translation>Consulta posterior</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>The diagram view compared</source>
        <translation>A vista do diagrama comparada</translation>
    </message>
    <message>
        <source>Show change</source>
        <translation>Mostrar a mudança</translation>
    </message>
    <message>
        <source>Where it was drawn, or by body region</source>
        <translation>Onde foi desenhado, ou por região do corpo</translation>
    </message>
    <message>
        <source>Change by site</source>
        <translation>Mudança por local</translation>
    </message>
    <message>
        <source>Each charted site and how it changed</source>
        <translation>Cada local registrado e como mudou</translation>
    </message>
    <message>
        <source>Visits from date</source>
        <translation>Consultas a partir da data</translation>
    </message>
    <message>
        <source>Visits to date</source>
        <translation>Consultas até a data</translation>
    </message>
    <message>
        <source>The diagram view of the pain map</source>
        <translation>A vista do diagrama do mapa de dor</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>The units of the margins</source>
        <translation>As unidades das margens</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Cópia</translation>
    </message>
    <message>
        <source>Patient copy in plain words, or the clinician&apos;s full record</source>
        <translation>Cópia do paciente em palavras simples, ou o registro completo do profissional</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Each clinician&apos;s name, user name, role and whether active</source>
        <translation>Nome, usuário, função de cada profissional e se está ativo</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Pré-visualização da página</translation>
    </message>
    <message>
        <source>The pages as they will print</source>
        <translation>As páginas como serão impressas</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número da página</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Reference muscles found</source>
        <translation>Músculos da referência encontrados</translation>
    </message>
    <message>
        <source>Choosing one shows its trigger points and referral</source>
        <translation>Ao escolher um, mostra seus pontos-gatilho e a dor referida</translation>
    </message>
    <message>
        <source>Reference details</source>
        <translation>Detalhes da referência</translation>
    </message>
    <message>
        <source>The chosen muscle&apos;s trigger points, referral and notes</source>
        <translation>Pontos-gatilho, dor referida e observações do músculo escolhido</translation>
    </message>
    <message>
        <source>Suggested muscles</source>
        <translation>Músculos sugeridos</translation>
    </message>
    <message>
        <source>Muscles whose referral matches the charted zones</source>
        <translation>Músculos cuja dor referida corresponde às zonas registradas</translation>
    </message>
    <message>
        <source>Safety record</source>
        <translation>Registro de segurança</translation>
    </message>
    <message>
        <source>Screen, consent, precaution areas, needle count and events</source>
        <translation>Triagem, consentimento, áreas de precaução, contagem de agulhas e eventos</translation>
    </message>
    <message>
        <source>Safety screen</source>
        <translation>Triagem de segurança</translation>
    </message>
    <message>
        <source>One row per screening question; answer each</source>
        <translation>Uma linha por pergunta da triagem; responda cada uma</translation>
    </message>
    <message>
        <source>Needles used</source>
        <translation>Agulhas usadas</translation>
    </message>
    <message>
        <source>Needles and passes per needled trigger point</source>
        <translation>Agulhas e passagens por ponto-gatilho agulhado</translation>
    </message>
    <message>
        <source>Precaution areas</source>
        <translation>Áreas de precaução</translation>
    </message>
    <message>
        <source>Places not to needle, shown at every visit</source>
        <translation>Locais a não agulhar, mostrados em cada consulta</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Eventos adversos</translation>
    </message>
    <message>
        <source>Events recorded at this visit; Enter edits one</source>
        <translation>Eventos registrados nesta consulta; Enter edita um</translation>
    </message>
    <message>
        <source>Search the reference</source>
        <translation>Pesquisar na referência</translation>
    </message>
    <message>
        <source>A muscle, body area or condition</source>
        <translation>Um músculo, uma área do corpo ou uma condição</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>The patient&apos;s side the referral pattern is shown on</source>
        <translation>O lado do paciente em que o padrão de dor referida é mostrado</translation>
    </message>
    <message>
        <source>Status of new trigger points</source>
        <translation>Status dos novos pontos-gatilho</translation>
    </message>
    <message>
        <source>Active or latent, for points placed next</source>
        <translation>Ativo ou latente, para os próximos pontos marcados</translation>
    </message>
    <message>
        <source>Pain quality of new zones</source>
        <translation>Qualidade da dor das novas zonas</translation>
    </message>
    <message>
        <source>Intensity of new zones</source>
        <translation>Intensidade das novas zonas</translation>
    </message>
    <message>
        <source>0 to 10</source>
        <translation>de 0 a 10</translation>
    </message>
    <message>
        <source>Depth of new zones</source>
        <translation>Profundidade das novas zonas</translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation>Tamanho do pincel</translation>
    </message>
    <message>
        <source>The width of the zone brush</source>
        <translation>A largura do pincel de zona</translation>
    </message>
    <message>
        <source>Source trigger points</source>
        <translation>Pontos-gatilho de origem</translation>
    </message>
    <message>
        <source>The trigger points this zone is referred from</source>
        <translation>Os pontos-gatilho dos quais esta zona é referida</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Pesquisar pacientes</translation>
    </message>
    <message>
        <source>Type part of a name or chart number</source>
        <translation>Digite parte de um nome ou número de prontuário</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>The patients found; Enter or a click opens one</source>
        <translation>Os pacientes encontrados; Enter ou um clique abre um</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>The selected patient&apos;s visits, newest first; choosing one opens it</source>
        <translation>As consultas do paciente selecionado, a mais recente primeiro; ao escolher uma, ela é aberta</translation>
    </message>
    <message>
        <source>Diagram views</source>
        <translation>Vistas do diagrama</translation>
    </message>
    <message>
        <source>Left and right arrows choose a view</source>
        <translation>As setas esquerda e direita escolhem uma vista</translation>
    </message>
    <message>
        <source>The open patient and visit</source>
        <translation>O paciente e a consulta abertos</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>A user name is 2-40 characters: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Um nome de usuário tem 2 a 40 caracteres: letras, dígitos, &apos;.&apos;, &apos;_&apos; ou &apos;-&apos;, começando por uma letra ou um dígito.</translation>
    </message>
    <message>
        <source>A password needs at least {least} characters.</source>
        <translation>Uma senha precisa de pelo menos {least} caracteres.</translation>
    </message>
    <message>
        <source>A password has at most {most} characters.</source>
        <translation>Uma senha tem no máximo {most} caracteres.</translation>
    </message>
    <message>
        <source>A password must not be one character repeated.</source>
        <translation>Uma senha não pode ser um único caractere repetido.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>A senha não pode ser o nome de usuário.</translation>
    </message>
    <message>
        <source>That password is one of the most common ones; choose another (a few unrelated words make a good one).</source>
        <translation>Essa senha é uma das mais comuns; escolha outra (algumas palavras sem relação entre si formam uma boa senha).</translation>
    </message>
    <message>
        <source>The first administrator already exists; sign in instead.</source>
        <translation>O primeiro administrador já existe; entre com sua conta.</translation>
    </message>
    <message>
        <source>The user name {name} is already taken.</source>
        <translation>O nome de usuário {name} já está em uso.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this user name: try again in {seconds} s.</source>
        <translation>Senhas erradas demais para este nome de usuário: tente novamente em {seconds} s.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nome de usuário ou senha incorretos.</translation>
    </message>
    <message>
        <source>Only an administrator can change another person&apos;s password.</source>
        <translation>Somente um administrador pode alterar a senha de outra pessoa.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>A senha atual está incorreta.</translation>
    </message>
    <message>
        <source>The last active administrator cannot be deactivated.</source>
        <translation>O último administrador ativo não pode ser desativado.</translation>
    </message>
    <message>
        <source>The last administrator cannot lose the administrator role.</source>
        <translation>O último administrador não pode perder a função de administrador.</translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation>Essa conta não existe.</translation>
    </message>
    <message>
        <source>Only an administrator can manage accounts.</source>
        <translation>Somente um administrador pode gerenciar as contas.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts and security</source>
        <translation>Contas e segurança</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Nova conta…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Redefinir senha…</translation>
    </message>
    <message>
        <source>Activate / deactivate</source>
        <translation>Ativar / desativar</translation>
    </message>
    <message>
        <source>Switch role</source>
        <translation>Trocar função</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Bloquear a tela após</translation>
    </message>
    <message>
        <source>without input</source>
        <translation>sem atividade</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <source>daily database backups (SQLite)</source>
        <translation>backups diários do banco de dados (SQLite)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profissional</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Redefinir senha</translation>
    </message>
    <message>
        <source>New password for {name}:</source>
        <translation>Nova senha para {name}:</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Add an addendum</source>
        <translation>Adicionar um adendo</translation>
    </message>
    <message>
        <source>The visit is signed. An addendum records a correction or a later note with your name and the time; the signed record itself does not change.</source>
        <translation>A consulta está assinada. Um adendo registra uma correção ou uma nota posterior com seu nome e o horário; o registro assinado não muda.</translation>
    </message>
</context>
<context>
    <name>AdverseEventDialog</name>
    <message>
        <source>Short-lived, no change in function, settles without treatment.</source>
        <translation>De curta duração, sem alteração da função, resolve-se sem tratamento.</translation>
    </message>
    <message>
        <source>Distressing, changes function or needs treatment or advice, but not serious.</source>
        <translation>Angustiante, altera a função ou requer tratamento ou orientação, mas não é grave.</translation>
    </message>
    <message>
        <source>Needs urgent or hospital care, or could cause lasting harm or death.</source>
        <translation>Requer atendimento urgente ou hospitalar, ou poderia causar dano permanente ou morte.</translation>
    </message>
    <message>
        <source>Edit adverse event</source>
        <translation>Editar evento adverso</translation>
    </message>
    <message>
        <source>Add adverse event</source>
        <translation>Adicionar evento adverso</translation>
    </message>
    <message>
        <source>Near miss: a close call that harmed nobody</source>
        <translation>Quase incidente: um risco evitado que não feriu ninguém</translation>
    </message>
    <message>
        <source>Required for “Other”</source>
        <translation>Obrigatório para “Outro”</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Conduta adotada</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <source>A near miss has no severity: nobody was harmed.</source>
        <translation>Um quase incidente não tem gravidade: ninguém foi ferido.</translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n paciente</numerusform>
            <numerusform>%n pacientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The database is on a server: back it up there (docs/SECURITY.md).</source>
        <translation>O banco de dados está em um servidor: faça o backup lá (docs/SECURITY.md).</translation>
    </message>
    <message>
        <source>The database is on a server: restore it there with pg_restore (docs/SECURITY.md).</source>
        <translation>O banco de dados está em um servidor: restaure-o lá com pg_restore (docs/SECURITY.md).</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Backup gravado: {path}</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>há {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h ago</source>
        <translation>há {hours} h</translation>
    </message>
    <message>
        <source>Backups: on the database server</source>
        <translation>Backups: no servidor do banco de dados</translation>
    </message>
    <message>
        <source>Last backup: {age}</source>
        <translation>Último backup: {age}</translation>
    </message>
    <message>
        <source> (other disk: {age})</source>
        <translation> (outro disco: {age})</translation>
    </message>
    <message>
        <source>bodymap — backups</source>
        <translation>bodymap — backups</translation>
    </message>
    <message>
        <source>bodymap — backup failed</source>
        <translation>bodymap — falha no backup</translation>
    </message>
    <message>
        <source>bodymap — backup</source>
        <translation>bodymap — backup</translation>
    </message>
    <message>
        <source>The backup was written to {path}, but not to the other disk:

{reason}</source>
        <translation>O backup foi gravado em {path}, mas não no outro disco:

{reason}</translation>
    </message>
    <message>
        <source>Backup failed: {reason}</source>
        <translation>Falha no backup: {reason}</translation>
    </message>
    <message>
        <source>bodymap — backups on another disk</source>
        <translation>bodymap — backups em outro disco</translation>
    </message>
    <message>
        <source>Backups are also copied to {folder}.

Choose another folder (Yes) or stop copying them there (No)?</source>
        <translation>Os backups também são copiados para {folder}.

Escolher outra pasta (Sim) ou parar de copiá-los para lá (Não)?</translation>
    </message>
    <message>
        <source>A folder on another disk for copies of the backups</source>
        <translation>Uma pasta em outro disco para cópias dos backups</translation>
    </message>
    <message>
        <source>bodymap — not restored</source>
        <translation>bodymap — não restaurado</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed.</source>
        <translation>{reason}

Nada foi alterado.</translation>
    </message>
    <message>
        <source>bodymap — restore</source>
        <translation>bodymap — restaurar</translation>
    </message>
    <message>
        <source>Replace the database with the backup of {when} ({patients})?

Everything charted since then is replaced. The current database is kept beside it (…before-restore-…) and bodymap closes afterwards; start it again. Close bodymap on every other workstation using this database first.</source>
        <translation>Substituir o banco de dados pelo backup de {when} ({patients})?

Tudo o que foi registrado desde então é substituído. O banco de dados atual é mantido ao lado (…before-restore-…) e o bodymap fecha em seguida; abra-o novamente. Antes, feche o bodymap em todas as outras estações que usam este banco de dados.</translation>
    </message>
    <message>
        <source>bodymap — restored</source>
        <translation>bodymap — restaurado</translation>
    </message>
    <message>
        <source>The backup of {when} is now the database.</source>
        <translation>O backup de {when} agora é o banco de dados.</translation>
    </message>
    <message>
        <source>

The previous database is kept as {path}.</source>
        <translation>

O banco de dados anterior é mantido como {path}.</translation>
    </message>
    <message>
        <source>

bodymap closes now: start it again.</source>
        <translation>

O bodymap fecha agora: abra-o novamente.</translation>
    </message>
    <message>
        <source>PostgreSQL databases are backed up on the server, not by bodymap: run `pg_dump -Fc -f bodymap-$(date +%F).dump &quot;$URL&quot;` (and restore with `pg_restore --clean --if-exists -d &quot;$URL&quot; FILE`); see docs/SECURITY.md.</source>
        <translation>Bancos de dados PostgreSQL têm backup feito no servidor, não pelo bodymap: execute `pg_dump -Fc -f bodymap-$(date +%F).dump &quot;$URL&quot;` (e restaure com `pg_restore --clean --if-exists -d &quot;$URL&quot; FILE`); consulte docs/SECURITY.md.</translation>
    </message>
    <message>
        <source>Not a database URL.</source>
        <translation>Não é uma URL de banco de dados.</translation>
    </message>
    <message>
        <source>An in-memory database cannot be backed up.</source>
        <translation>Não é possível fazer backup de um banco de dados em memória.</translation>
    </message>
    <message>
        <source>Cannot use the backup folder {folder}: {reason}.</source>
        <translation>Não é possível usar a pasta de backups {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The copy of {path} failed its check ({problem}); the database may be damaged.</source>
        <translation>A cópia de {path} falhou na verificação ({problem}); o banco de dados pode estar danificado.</translation>
    </message>
    <message>
        <source>Cannot copy {path}: {reason}.</source>
        <translation>Não é possível copiar {path}: {reason}.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Não há banco de dados em {path}.</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>O backup não pode sobrescrever o próprio banco de dados.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>A pasta {folder} não existe.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Não é possível gravar {path}: {reason}.</translation>
    </message>
    <message>
        <source>At least one backup must be kept.</source>
        <translation>Pelo menos um backup deve ser mantido.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Não existe o arquivo {path}.</translation>
    </message>
    <message>
        <source>{path} is not a SQLite database, so it is not a bodymap backup.</source>
        <translation>{path} não é um banco de dados SQLite, então não é um backup do bodymap.</translation>
    </message>
    <message>
        <source>{path} is damaged (integrity check: {result}); choose another backup.</source>
        <translation>{path} está danificado (verificação de integridade: {result}); escolha outro backup.</translation>
    </message>
    <message>
        <source>{path} is a SQLite database but not a bodymap database.</source>
        <translation>{path} é um banco de dados SQLite, mas não do bodymap.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of bodymap (schema {revision}); update bodymap before restoring it.</source>
        <translation>{path} foi criado por uma versão mais nova do bodymap (esquema {revision}); atualize o bodymap antes de restaurá-lo.</translation>
    </message>
    <message>
        <source>{path} cannot be read as a bodymap database ({reason}).</source>
        <translation>{path} não pode ser lido como banco de dados do bodymap ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not a complete bodymap database (missing: {tables}).</source>
        <translation>{path} não é um banco de dados do bodymap completo (faltam: {tables}).</translation>
    </message>
    <message>
        <source>{path} has lost the protection of its audit trail (trigger {trigger} is missing), so it is not restored.</source>
        <translation>{path} perdeu a proteção da sua trilha de auditoria (falta o gatilho {trigger}), então não é restaurado.</translation>
    </message>
    <message>
        <source>The backup is the current database itself.</source>
        <translation>O backup é o próprio banco de dados atual.</translation>
    </message>
    <message>
        <source>Cannot restore into {path}: {reason}.</source>
        <translation>Não é possível restaurar em {path}: {reason}.</translation>
    </message>
    <message>
        <source>The second backup folder {folder} is not there (is the disk plugged in?).</source>
        <translation>A segunda pasta de backups {folder} não está disponível (o disco está conectado?).</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export visit handouts</source>
        <translation>Exportar folhetos das consultas</translation>
    </message>
    <message>
        <source>All visits of a &amp;patient</source>
        <translation>Todas as consultas de um &amp;paciente</translation>
    </message>
    <message>
        <source>All visits in a &amp;date range (every patient)</source>
        <translation>Todas as consultas em um &amp;período (todos os pacientes)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paisagem</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>Cópia:</translation>
    </message>
    <message>
        <source>One PDF per visit, named &lt;chart number&gt;_&lt;date&gt;_&lt;visit id&gt;.pdf. Existing files with the same name are replaced.</source>
        <translation>Um PDF por consulta, chamado &lt;número do prontuário&gt;_&lt;data&gt;_&lt;id da consulta&gt;.pdf. Arquivos existentes com o mesmo nome são substituídos.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export the handouts into</source>
        <translation>Exportar os folhetos para</translation>
    </message>
    <message>
        <source>Choose an existing folder (“{folder}” is not one).</source>
        <translation>Escolha uma pasta existente (“{folder}” não é uma).</translation>
    </message>
    <message>
        <source>No visits match; choose another patient or date range.</source>
        <translation>Nenhuma consulta corresponde; escolha outro paciente ou período.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{done} of {total}: {name}</source>
        <translation>{done} de {total}: {name}</translation>
    </message>
    <message numerus="yes">
        <source>The export stopped after %n files.</source>
        <translation>
            <numerusform>A exportação parou após %n arquivo.</numerusform>
            <numerusform>A exportação parou após %n arquivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled: %n PDF files in
{folder}</source>
        <translation>
            <numerusform>Exportação cancelada: %n arquivo PDF em
{folder}</numerusform>
            <numerusform>Exportação cancelada: %n arquivos PDF em
{folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export finished: %n PDF files in
{folder}</source>
        <translation>
            <numerusform>Exportação concluída: %n arquivo PDF em
{folder}</numerusform>
            <numerusform>Exportação concluída: %n arquivos PDF em
{folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>patient&apos;s right</source>
        <translation>lado direito</translation>
    </message>
    <message>
        <source>patient&apos;s left</source>
        <translation>lado esquerdo</translation>
    </message>
    <message>
        <source>{landmark} ({side})</source>
        <translation>{landmark} ({side})</translation>
    </message>
    <message>
        <source>Calibrate “{name}” — {view}</source>
        <translation>Calibrar “{name}” — {view}</translation>
    </message>
    <message>
        <source>Undo last (Backspace)</source>
        <translation>Desfazer o último (Backspace)</translation>
    </message>
    <message>
        <source>Skip — not on the image</source>
        <translation>Pular: não está na imagem</translation>
    </message>
    <message>
        <source>Show the regions as calibrated</source>
        <translation>Mostrar as regiões calibradas</translation>
    </message>
    <message>
        <source>Every landmark is placed or skipped. Press Backspace to redo the last one, or pick one in the list to move it.</source>
        <translation>Todos os pontos de referência foram colocados ou pulados. Pressione Backspace para refazer o último ou escolha um na lista para movê-lo.</translation>
    </message>
    <message>
        <source>{number} of {total} · Click {landmark}</source>
        <translation>{number} de {total} · Clique em: {landmark}</translation>
    </message>
    <message>
        <source>All landmarks done: check the regions on the image, then Save.</source>
        <translation>Pontos de referência concluídos: confira as regiões na imagem e depois Salvar.</translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation>(pulado)</translation>
    </message>
    <message>
        <source>{placed} placed — place at least 4, spread over the body (all of them gives the best fit).</source>
        <translation>{placed} colocados: coloque pelo menos 4, espalhados pelo corpo (todos dão o melhor ajuste).</translation>
    </message>
    <message>
        <source>Calibrated on {placed} landmarks. Check that the blue region borders follow the body on the image.</source>
        <translation>Calibrado com {placed} pontos de referência. Confira se as bordas azuis das regiões seguem o corpo na imagem.</translation>
    </message>
    <message>
        <source>Place at least 4 landmarks first ({placed} placed).</source>
        <translation>Coloque primeiro pelo menos 4 pontos de referência ({placed} colocados).</translation>
    </message>
</context>
<context>
    <name>CanvasDescription</name>
    <message>
        <source>left {name}</source>
        <translation>{name} (lado esquerdo)</translation>
    </message>
    <message>
        <source>right {name}</source>
        <translation>{name} (lado direito)</translation>
    </message>
    <message>
        <source>Patient&apos;s left</source>
        <translation>Lado esquerdo do paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s right</source>
        <translation>Lado direito do paciente</translation>
    </message>
    <message>
        <source>Active trigger point, {place}</source>
        <translation>Ponto-gatilho ativo, {place}</translation>
    </message>
    <message>
        <source>Latent trigger point, {place}</source>
        <translation>Ponto-gatilho latente, {place}</translation>
    </message>
    <message>
        <source>left</source>
        <translation>esquerdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>direito</translation>
    </message>
    <message>
        <source>{name} (deep)</source>
        <translation>{name} (profundo)</translation>
    </message>
    <message>
        <source>unlabelled site</source>
        <translation>local sem nome</translation>
    </message>
    <message>
        <source>Trigger point, {place}</source>
        <translation>Ponto-gatilho, {place}</translation>
    </message>
    <message>
        <source>{description}, carried forward, not yet confirmed</source>
        <translation>{description}, trazido da consulta anterior, ainda não confirmado</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} e {second}</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>linha média</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> e mais {count}</translation>
    </message>
    <message>
        <source>{quality} zone, intensity {intensity} of 10, {sides}, {regions}</source>
        <translation>Zona {quality}, intensidade {intensity} de 10, {sides}, {regions}</translation>
    </message>
    <message>
        <source>Off the body</source>
        <translation>Fora do corpo</translation>
    </message>
    <message>
        <source>On the body, no region</source>
        <translation>Sobre o corpo, sem região</translation>
    </message>
</context>
<context>
    <name>CanvasKeys</name>
    <message>
        <source>Diagram: move the crosshair (Shift: further)</source>
        <translation>Diagrama: mover a mira (Shift: mais longe)</translation>
    </message>
    <message>
        <source>Diagram: place a trigger point at the crosshair</source>
        <translation>Diagrama: marcar um ponto-gatilho na mira</translation>
    </message>
    <message>
        <source>Diagram: nudge the selected trigger point</source>
        <translation>Diagrama: deslocar o ponto-gatilho selecionado</translation>
    </message>
    <message>
        <source>Diagram: zone outline, add a corner (after P)</source>
        <translation>Diagrama: contorno de zona, adicionar um vértice (após P)</translation>
    </message>
    <message>
        <source>Diagram: close the outline (on the last corner)</source>
        <translation>Diagrama: fechar o contorno (no último vértice)</translation>
    </message>
    <message>
        <source>Diagram: take back the last corner</source>
        <translation>Diagrama: desfazer o último vértice</translation>
    </message>
    <message>
        <source>Diagram: cancel the outline or the selection</source>
        <translation>Diagrama: cancelar o contorno ou a seleção</translation>
    </message>
    <message>
        <source>Diagram: next / previous mark</source>
        <translation>Diagrama: marca seguinte / anterior</translation>
    </message>
    <message>
        <source>Diagram: leave the diagram</source>
        <translation>Diagrama: sair do diagrama</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Setas</translation>
    </message>
</context>
<context>
    <name>CanvasTools</name>
    <message>
        <source>Zone intensity {intensity}/10 from the pen&apos;s pressure.</source>
        <translation>Intensidade da zona {intensity}/10 pela pressão da caneta.</translation>
    </message>
    <message>
        <source>Not moved: that spot is not on the view this point was charted on.</source>
        <translation>Não movido: esse local não está na vista em que este ponto foi registrado.</translation>
    </message>
    <message>
        <source>Place trigger points on the body outline.</source>
        <translation>Marque os pontos-gatilho sobre o contorno do corpo.</translation>
    </message>
    <message>
        <source>A zone polygon needs at least three corners.</source>
        <translation>Um polígono de zona precisa de pelo menos três vértices.</translation>
    </message>
    <message>
        <source>A precaution area needs at least three corners.</source>
        <translation>Uma área de precaução precisa de pelo menos três vértices.</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>◀ Patient&apos;s LEFT</source>
        <translation>◀ ESQUERDA do paciente</translation>
    </message>
    <message>
        <source>◀ Patient&apos;s RIGHT</source>
        <translation>◀ DIREITA do paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s LEFT ▶</source>
        <translation>ESQUERDA do paciente ▶</translation>
    </message>
    <message>
        <source>Patient&apos;s RIGHT ▶</source>
        <translation>DIREITA do paciente ▶</translation>
    </message>
    <message>
        <source>Patient&apos;s LEFT side</source>
        <translation>Lado ESQUERDO do paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s RIGHT side</source>
        <translation>Lado DIREITO do paciente</translation>
    </message>
    <message>
        <source>◀ Front · {shown}</source>
        <translation>◀ Anterior · {shown}</translation>
    </message>
    <message>
        <source>Back ▶</source>
        <translation>Posterior ▶</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Posterior</translation>
    </message>
    <message>
        <source>{shown} · Front ▶</source>
        <translation>{shown} · Anterior ▶</translation>
    </message>
</context>
<context>
    <name>ChartDocument</name>
    <message>
        <source>Draw aching zone</source>
        <translation>Desenhar zona dolorida</translation>
    </message>
    <message>
        <source>Draw burning zone</source>
        <translation>Desenhar zona de queimação</translation>
    </message>
    <message>
        <source>Draw stabbing zone</source>
        <translation>Desenhar zona de pontada</translation>
    </message>
    <message>
        <source>Draw pins-and-needles zone</source>
        <translation>Desenhar zona de formigamento</translation>
    </message>
    <message>
        <source>Draw numbness zone</source>
        <translation>Desenhar zona de dormência</translation>
    </message>
    <message>
        <source>Draw throbbing zone</source>
        <translation>Desenhar zona latejante</translation>
    </message>
    <message>
        <source>Draw zone</source>
        <translation>Desenhar zona</translation>
    </message>
    <message>
        <source>All changes saved · {time}</source>
        <translation>Todas as alterações salvas · {time}</translation>
    </message>
    <message>
        <source>{error} Your last change is kept and will be saved when the database is back.</source>
        <translation>{error} Sua última alteração foi mantida e será salva quando o banco de dados voltar.</translation>
    </message>
    <message>
        <source>The database is back.</source>
        <translation>O banco de dados voltou.</translation>
    </message>
    <message>
        <source>The database is back; your last change was saved.</source>
        <translation>O banco de dados voltou; sua última alteração foi salva.</translation>
    </message>
    <message>
        <source>Place trigger point ({place})</source>
        <translation>Marcar ponto-gatilho ({place})</translation>
    </message>
    <message>
        <source>Edit trigger point</source>
        <translation>Editar ponto-gatilho</translation>
    </message>
    <message>
        <source>Edit zone</source>
        <translation>Editar zona</translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation>Excluir marcação</translation>
    </message>
    <message>
        <source>Delete {count} marks</source>
        <translation>Excluir {count} marcações</translation>
    </message>
    <message>
        <source>Open or create a visit first.</source>
        <translation>Abra ou crie uma consulta primeiro.</translation>
    </message>
    <message>
        <source>This visit is signed and can no longer be changed.</source>
        <translation>Esta consulta está assinada e não pode mais ser alterada.</translation>
    </message>
    <message>
        <source>Waiting for the database: your last change will be saved first.</source>
        <translation>Aguardando o banco de dados: sua última alteração será salva primeiro.</translation>
    </message>
    <message>
        <source>Waiting for the database: undo and redo are paused.</source>
        <translation>Aguardando o banco de dados: desfazer e refazer estão pausados.</translation>
    </message>
    <message>
        <source>Could not undo or redo “{step}”: {error}</source>
        <translation>Não foi possível desfazer ou refazer “{step}”: {error}</translation>
    </message>
    <message>
        <source>Move trigger point</source>
        <translation>Mover ponto-gatilho</translation>
    </message>
    <message>
        <source>Nudge trigger point</source>
        <translation>Deslocar ponto-gatilho passo a passo</translation>
    </message>
    <message>
        <source>Confirm carried-forward mark</source>
        <translation>Confirmar marcação trazida</translation>
    </message>
</context>
<context>
    <name>ChartWorkspace</name>
    <message>
        <source>Status of new trigger points</source>
        <translation>Status dos novos pontos-gatilho</translation>
    </message>
    <message>
        <source>Pain quality of new zones</source>
        <translation>Qualidade da dor das novas zonas</translation>
    </message>
</context>
<context>
    <name>ChooseTemplateDialog</name>
    <message>
        <source>Diagram for the {view} view</source>
        <translation>Diagrama para a vista {view}</translation>
    </message>
    <message>
        <source>Marks are stored on the built-in view either way, so reports, comparisons and exports are the same whichever diagram you chart on.</source>
        <translation>As marcas são sempre salvas na vista integrada, então relatórios, comparações e exportações são iguais em qualquer diagrama que você usar.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Calibrate…</source>
        <translation>Calibrar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Built-in line art</source>
        <translation>Desenho integrado</translation>
    </message>
    <message>
        <source>{name}  ({width} × {height} px, {count} landmarks)</source>
        <translation>{name}  ({width} × {height} px, {count} pontos de referência)</translation>
    </message>
    <message>
        <source>{name}  ({width} × {height} px, not calibrated yet)</source>
        <translation>{name}  ({width} × {height} px, ainda não calibrado)</translation>
    </message>
    <message>
        <source>Remove clinic diagram</source>
        <translation>Remover diagrama da clínica</translation>
    </message>
    <message>
        <source>Remove “{name}” from the list? Marks charted on it are kept (they are stored on the built-in view).</source>
        <translation>Remover “{name}” da lista? As marcas registradas nele são mantidas (ficam salvas na vista integrada).</translation>
    </message>
</context>
<context>
    <name>ClinicDiagrams</name>
    <message>
        <source>Charting on the clinic diagram “{name}”.</source>
        <translation>Registrando no diagrama da clínica “{name}”.</translation>
    </message>
    <message>
        <source>“{name}” was imported but is not calibrated yet: calibrate it from View &gt; Use clinic diagram….</source>
        <translation>“{name}” foi importado, mas ainda não está calibrado: calibre-o em Exibir &gt; Usar diagrama da clínica….</translation>
    </message>
</context>
<context>
    <name>ClinicWatch</name>
    <message>
        <source>The open visit was changed on another workstation.</source>
        <translation>A consulta aberta foi alterada em outra estação.</translation>
    </message>
    <message>
        <source>Reloaded · {time}</source>
        <translation>Recarregada · {time}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>check that the audit trail was not changed (its hash chain)</source>
        <translation>verificar se a trilha de auditoria não foi alterada (sua cadeia de hashes)</translation>
    </message>
    <message>
        <source>walk the whole chain, first row to last</source>
        <translation>percorrer a cadeia inteira, da primeira à última linha</translation>
    </message>
    <message>
        <source>a head hash recorded earlier (64 hex digits): it must still be in the chain</source>
        <translation>um hash de cabeça anotado antes (64 dígitos hexadecimais): ele ainda deve estar na cadeia</translation>
    </message>
    <message>
        <source>audit needs --verify (see bodymap audit --help).</source>
        <translation>audit precisa de --verify (veja bodymap audit --help).</translation>
    </message>
    <message>
        <source>--expect-head must be a hash of 64 hexadecimal digits, as `bodymap audit --verify` prints it.</source>
        <translation>--expect-head deve ser um hash de 64 dígitos hexadecimais, como `bodymap audit --verify` o imprime.</translation>
    </message>
    <message>
        <source>the audit trail does not verify at {where}. {rows} row before it verify.</source>
        <translation>a trilha de auditoria não se verifica em {where}. {rows} linha anterior se verifica.</translation>
    </message>
    <message>
        <source>the audit trail does not verify at {where}. {rows} rows before it verify.</source>
        <translation>a trilha de auditoria não se verifica em {where}. {rows} linhas anteriores se verificam.</translation>
    </message>
    <message>
        <source>row {id}</source>
        <translation>linha {id}</translation>
    </message>
    <message>
        <source>no rows yet</source>
        <translation>ainda sem linhas</translation>
    </message>
    <message>
        <source>audit trail intact: {rows} row, head {head}, hash {hash}</source>
        <translation>trilha de auditoria intacta: {rows} linha, cabeça {head}, hash {hash}</translation>
    </message>
    <message>
        <source>audit trail intact: {rows} rows, head {head}, hash {hash}</source>
        <translation>trilha de auditoria intacta: {rows} linhas, cabeça {head}, hash {hash}</translation>
    </message>
    <message>
        <source>the expected head hash is in the chain (it is the head)</source>
        <translation>o hash de cabeça esperado está na cadeia (é a cabeça)</translation>
    </message>
    <message>
        <source>the expected head hash is in the chain</source>
        <translation>o hash de cabeça esperado está na cadeia</translation>
    </message>
    <message>
        <source>copy every table (with its ids) into another, empty database and check it</source>
        <translation>copiar cada tabela (com seus ids) para outro banco de dados vazio e verificá-lo</translation>
    </message>
    <message>
        <source>the target database, e.g. postgresql+psycopg://user@server/clinic or sqlite:///path/copy.sqlite3 (made and migrated if new; must be empty)</source>
        <translation>o banco de dados de destino, ex.: postgresql+psycopg://user@server/clinic ou sqlite:///path/copy.sqlite3 (criado e migrado se for novo; deve estar vazio)</translation>
    </message>
    <message>
        <source>rows read and written at a time (default 2000)</source>
        <translation>linhas lidas e gravadas de cada vez (padrão 2000)</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabela</translation>
    </message>
    <message>
        <source>source rows</source>
        <translation>linhas na origem</translation>
    </message>
    <message>
        <source>copied rows</source>
        <translation>linhas copiadas</translation>
    </message>
    <message>
        <source>check</source>
        <translation>verificação</translation>
    </message>
    <message>
        <source>print a view&apos;s geometry (landmarks, regions, muscles, sites)</source>
        <translation>imprimir a geometria de uma vista (referências, regiões, músculos, pontos)</translation>
    </message>
    <message>
        <source>view id (see `bodymap render --list`)</source>
        <translation>id da vista (veja `bodymap render --list`)</translation>
    </message>
    <message>
        <source>as JSON, in normalised coordinates (0..1), each item with its side</source>
        <translation>em JSON, em coordenadas normalizadas (0..1), cada item com seu lado</translation>
    </message>
    <message>
        <source>print the region, side and muscle at a normalised point</source>
        <translation>imprimir a região, o lado e o músculo em um ponto normalizado</translation>
    </message>
    <message>
        <source>resolve deep muscles too</source>
        <translation>identificar também os músculos profundos</translation>
    </message>
    <message>
        <source>Unknown view {view}; choose one of: {choices}.</source>
        <translation>Vista desconhecida {view}; escolha uma destas: {choices}.</translation>
    </message>
    <message>
        <source>X and Y are normalised coordinates between 0 and 1.</source>
        <translation>X e Y são coordenadas normalizadas entre 0 e 1.</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>não é uma data (AAAA-MM-DD): {text}</translation>
    </message>
    <message>
        <source>export visits as PDF, PNG, CSV, JSON or FHIR</source>
        <translation>exportar consultas como PDF, PNG, CSV, JSON ou FHIR</translation>
    </message>
    <message>
        <source>one visit</source>
        <translation>uma consulta</translation>
    </message>
    <message>
        <source>every visit of the patient with this chart number</source>
        <translation>todas as consultas do paciente com este número do prontuário</translation>
    </message>
    <message>
        <source>every patient and visit</source>
        <translation>todos os pacientes e consultas</translation>
    </message>
    <message>
        <source>file format (default pdf)</source>
        <translation>formato do arquivo (padrão pdf)</translation>
    </message>
    <message>
        <source>file or folder</source>
        <translation>arquivo ou pasta</translation>
    </message>
    <message>
        <source>PDF: the patient copy in plain words (default) or the clinician copy with the full record</source>
        <translation>PDF: a cópia do paciente em linguagem simples (padrão) ou a cópia do profissional com o registro completo</translation>
    </message>
    <message>
        <source>PDF: the handout&apos;s language for this export (en, es, de, pt_BR); default: the patient&apos;s preferred language for the patient copy, else LANGUAGE / LANG</source>
        <translation>PDF: o idioma do folheto para esta exportação (en, es, de, pt_BR); padrão: o idioma preferido do paciente para a cópia do paciente, senão LANGUAGE / LANG</translation>
    </message>
    <message>
        <source>PDF paper: A4 (default), Letter, Legal, A3, A5</source>
        <translation>papel do PDF: A4 (padrão), Letter, Legal, A3, A5</translation>
    </message>
    <message>
        <source>PDF in landscape</source>
        <translation>PDF em paisagem</translation>
    </message>
    <message>
        <source>PNG height (default 1600)</source>
        <translation>altura do PNG (padrão 1600)</translation>
    </message>
    <message>
        <source>PNG: only this view (e.g. anterior)</source>
        <translation>PNG: somente esta vista (ex.: anterior)</translation>
    </message>
    <message>
        <source>only visits on or after this date</source>
        <translation>somente consultas nesta data ou depois</translation>
    </message>
    <message>
        <source>only visits on or before this date</source>
        <translation>somente consultas nesta data ou antes</translation>
    </message>
    <message>
        <source>import a bodymap JSON export</source>
        <translation>importar uma exportação JSON do bodymap</translation>
    </message>
    <message>
        <source>a chart number already in use: refuse the file (default) or give the imported patient a new number</source>
        <translation>um número do prontuário já em uso: recusar o arquivo (padrão) ou dar ao paciente importado um número novo</translation>
    </message>
    <message>
        <source>--since and --until do not apply to JSON exports.</source>
        <translation>--since e --until não se aplicam a exportações JSON.</translation>
    </message>
    <message>
        <source>No visits match; nothing was exported.</source>
        <translation>Nenhuma consulta corresponde; nada foi exportado.</translation>
    </message>
    <message>
        <source>--height must be between {least} and {most} pixels.</source>
        <translation>--height deve estar entre {least} e {most} pixels.</translation>
    </message>
    <message>
        <source>Several visits make several images: {folder} must be an existing folder.</source>
        <translation>Várias consultas geram várias imagens: {folder} deve ser uma pasta existente.</translation>
    </message>
    <message>
        <source>Several visits make one PDF each: {folder} must be an existing folder.</source>
        <translation>Várias consultas geram um PDF cada: {folder} deve ser uma pasta existente.</translation>
    </message>
    <message>
        <source>copy the SQLite database to a file (online, consistent)</source>
        <translation>copiar o banco de dados SQLite para um arquivo (online, consistente)</translation>
    </message>
    <message>
        <source>where to write the copy (default: a dated file in the backup folder)</source>
        <translation>onde gravar a cópia (padrão: um arquivo datado na pasta de backups)</translation>
    </message>
    <message>
        <source>without -o: how many dated backups to keep (default {keep})</source>
        <translation>sem -o: quantos backups datados manter (padrão {keep})</translation>
    </message>
    <message>
        <source>replace the SQLite database with a checked backup</source>
        <translation>substituir o banco de dados SQLite por um backup verificado</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>o backup a restaurar</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>não pedir confirmação</translation>
    </message>
    <message>
        <source>list the dated backups with their dates and sizes</source>
        <translation>listar os backups datados com suas datas e tamanhos</translation>
    </message>
    <message>
        <source>backup folder (default: beside the database)</source>
        <translation>pasta de backups (padrão: ao lado do banco de dados)</translation>
    </message>
    <message>
        <source>restore needs confirmation, but input is not a terminal; run it again with --yes to replace the database.</source>
        <translation>restore precisa de confirmação, mas a entrada não é um terminal; execute-o novamente com --yes para substituir o banco de dados.</translation>
    </message>
    <message>
        <source>{path}: a sound bodymap backup ({patients} patients, {size}).</source>
        <translation>{path}: um backup do bodymap em bom estado ({patients} pacientes, {size}).</translation>
    </message>
    <message>
        <source>Replace the current database {path} with this backup? Close bodymap on every workstation first. [y/N] </source>
        <translation>Substituir o banco de dados atual {path} por este backup? Feche antes o bodymap em todas as estações. [s/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
    <message>
        <source>Restored {path} from {file}.</source>
        <translation>{path} restaurado a partir de {file}.</translation>
    </message>
    <message>
        <source>The previous database was kept as {kept}.</source>
        <translation>O banco de dados anterior foi mantido como {kept}.</translation>
    </message>
    <message>
        <source>No backups in {folder}.</source>
        <translation>Nenhum backup em {folder}.</translation>
    </message>
    <message>
        <source>print a visit&apos;s pain-area and trigger-point metrics as JSON</source>
        <translation>imprimir as métricas de área de dor e pontos-gatilho de uma consulta em JSON</translation>
    </message>
    <message>
        <source>compare two visits of one patient (JSON)</source>
        <translation>comparar duas consultas de um paciente (JSON)</translation>
    </message>
    <message>
        <source>a patient&apos;s pain, pain area and trigger points per visit (JSON)</source>
        <translation>dor, área de dor e pontos-gatilho de um paciente por consulta (JSON)</translation>
    </message>
    <message>
        <source>chart number</source>
        <translation>número do prontuário</translation>
    </message>
    <message>
        <source>how often pain was drawn at each point of a view, as PNG</source>
        <translation>com que frequência a dor foi desenhada em cada ponto de uma vista, em PNG</translation>
    </message>
    <message>
        <source>view id, e.g. anterior or posterior</source>
        <translation>id da vista, ex.: anterior ou posterior</translation>
    </message>
    <message>
        <source>only visits whose chief complaint contains TEXT</source>
        <translation>somente consultas cuja queixa principal contém TEXT</translation>
    </message>
    <message>
        <source>only this patient&apos;s visits (a composite map)</source>
        <translation>somente as consultas deste paciente (um mapa combinado)</translation>
    </message>
    <message>
        <source>research export: pain-drawing measures per visit as CSV (chart numbers, no names)</source>
        <translation>exportação para pesquisa: medidas do desenho da dor por consulta em CSV (números do prontuário, sem nomes)</translation>
    </message>
    <message>
        <source>the visits of the patient with this chart number</source>
        <translation>as consultas do paciente com este número do prontuário</translation>
    </message>
    <message>
        <source>every patient&apos;s visits</source>
        <translation>as consultas de todos os pacientes</translation>
    </message>
    <message>
        <source>The output file name must end in {suffix}.</source>
        <translation>O nome do arquivo de saída deve terminar em {suffix}.</translation>
    </message>
    <message>
        <source>list draft visits and what blocks signing them</source>
        <translation>listar as consultas em rascunho e o que impede assiná-las</translation>
    </message>
    <message>
        <source>only visits that started more than DAYS days ago</source>
        <translation>somente consultas que começaram há mais de DAYS dias</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>imprimir JSON em vez de texto</translation>
    </message>
    <message>
        <source>{count} draft visit started more than {days} days ago: {open} with something to complete, {ready} ready to sign.</source>
        <translation>{count} consulta em rascunho iniciada há mais de {days} dias: {open} com algo a completar, {ready} pronta(s) para assinar.</translation>
    </message>
    <message>
        <source>{count} draft visits started more than {days} days ago: {open} with something to complete, {ready} ready to sign.</source>
        <translation>{count} consultas em rascunho iniciadas há mais de {days} dias: {open} com algo a completar, {ready} prontas para assinar.</translation>
    </message>
    <message>
        <source>{count} draft visit: {open} with something to complete, {ready} ready to sign.</source>
        <translation>{count} consulta em rascunho: {open} com algo a completar, {ready} pronta(s) para assinar.</translation>
    </message>
    <message>
        <source>{count} draft visits: {open} with something to complete, {ready} ready to sign.</source>
        <translation>{count} consultas em rascunho: {open} com algo a completar, {ready} prontas para assinar.</translation>
    </message>
    <message>
        <source>no treating clinician</source>
        <translation>sem profissional responsável</translation>
    </message>
    <message>
        <source>{when}  chart {chart}  visit {visit}  {clinician}</source>
        <translation>{when}  prontuário {chart}  consulta {visit}  {clinician}</translation>
    </message>
    <message>
        <source>ready to sign</source>
        <translation>pronta para assinar</translation>
    </message>
    <message>
        <source>Chart trigger points and referred pain on body diagrams.</source>
        <translation>Registrar pontos-gatilho e dor referida em diagramas corporais.</translation>
    </message>
    <message>
        <source>database URL (default: $BODYMAP_DATABASE_URL, else the embedded SQLite file in the user-data folder)</source>
        <translation>URL do banco de dados (padrão: $BODYMAP_DATABASE_URL, senão o arquivo SQLite embutido na pasta de dados do usuário)</translation>
    </message>
    <message>
        <source>open the window (the default)</source>
        <translation>abrir a janela (padrão)</translation>
    </message>
    <message>
        <source>create a demo patient with three charted visits</source>
        <translation>criar um paciente de demonstração com três consultas registradas</translation>
    </message>
    <message>
        <source>list visits as tab-separated lines</source>
        <translation>listar as consultas como linhas separadas por tabulação</translation>
    </message>
    <message>
        <source>only this chart number</source>
        <translation>somente este número do prontuário</translation>
    </message>
    <message>
        <source>render a view with a visit&apos;s marks to PNG</source>
        <translation>desenhar uma vista com as marcações de uma consulta em PNG</translation>
    </message>
    <message>
        <source>list the views and exit</source>
        <translation>listar as vistas e sair</translation>
    </message>
    <message>
        <source>visit whose marks to draw</source>
        <translation>consulta cujas marcações serão desenhadas</translation>
    </message>
    <message>
        <source>image height (default 1600)</source>
        <translation>altura da imagem (padrão 1600)</translation>
    </message>
    <message>
        <source>comma-separated diagram layers: outline,regions,muscles,deep,landmarks,labels (default outline,labels)</source>
        <translation>camadas do diagrama separadas por vírgulas: outline,regions,muscles,deep,landmarks,labels (padrão outline,labels)</translation>
    </message>
    <message>
        <source>print where the data lives</source>
        <translation>imprimir onde ficam os dados</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>aviso: {warning}</translation>
    </message>
    <message>
        <source>Open the bodymap window.</source>
        <translation>Abrir a janela do bodymap.</translation>
    </message>
    <message>
        <source>database URL (as for `bodymap --database`)</source>
        <translation>URL do banco de dados (como em `bodymap --database`)</translation>
    </message>
    <message>
        <source>render needs a VIEW and -o PNG (or --list).</source>
        <translation>render precisa de uma VIEW e -o PNG (ou --list).</translation>
    </message>
    <message>
        <source>Unknown layer(s) {layers}; choose from: {choices}.</source>
        <translation>Camada(s) desconhecida(s) {layers}; escolha entre: {choices}.</translation>
    </message>
    <message>
        <source>list adverse events after needling across the clinic (CSV)</source>
        <translation>listar os eventos adversos após o agulhamento em toda a clínica (CSV)</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD)</source>
        <translation>primeiro dia (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>last day (YYYY-MM-DD)</source>
        <translation>último dia (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>rates per 1,000 needled trigger points and per 1,000 needling visits, by severity and type (near misses separately)</source>
        <translation>taxas por 1.000 pontos-gatilho agulhados e por 1.000 consultas com agulhamento, por gravidade e tipo (quase incidentes à parte)</translation>
    </message>
    <message>
        <source>{what} must be a date like 2026-03-31, not {text}.</source>
        <translation>{what} deve ser uma data como 2026-03-31, não {text}.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from não pode ser depois de --to.</translation>
    </message>
    <message>
        <source>rank muscles whose referral patterns explain a visit&apos;s pain zones</source>
        <translation>classificar os músculos cujos padrões de dor referida explicam as zonas de dor de uma consulta</translation>
    </message>
    <message>
        <source>how many (default 10; 0 = all)</source>
        <translation>quantos (padrão 10; 0 = todos)</translation>
    </message>
    <message>
        <source>JSON with coverage, precision and reasons</source>
        <translation>JSON com cobertura, precisão e motivos</translation>
    </message>
    <message>
        <source>--top must be 0 (all) or more.</source>
        <translation>--top deve ser 0 (todos) ou mais.</translation>
    </message>
    <message>
        <source>visit {visit} has no pain zones: nothing to suggest</source>
        <translation>a consulta {visit} não tem zonas de dor: nada a sugerir</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionais</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opções</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ajuda e sair</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar o número de versão do programa e sair</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: erro: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>os seguintes argumentos são obrigatórios: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos não reconhecidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opção inválida: %(value)r (escolha entre %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s inválido: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>esperado um argumento</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>&lt;b style=&apos;color:@ok&apos;&gt;Better&lt;/b&gt;: less of the body in pain, by more than the measurement error</source>
        <translation>&lt;b style=&apos;color:@ok&apos;&gt;Melhor&lt;/b&gt;: menos área do corpo com dor, acima do erro de medição</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:@warn&apos;&gt;Worse&lt;/b&gt;: more of the body in pain, by more than the measurement error</source>
        <translation>&lt;b style=&apos;color:@warn&apos;&gt;Pior&lt;/b&gt;: mais área do corpo com dor, acima do erro de medição</translation>
    </message>
    <message>
        <source>No detectable change: within the measurement error</source>
        <translation>Sem mudança detectável: dentro do erro de medição</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>generalised pain: {change}</source>
        <translation>dor generalizada: {change}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Left/right symmetry&lt;/b&gt; (1 = the same on both sides): {change}</source>
        <translation>&lt;b&gt;Simetria esquerda/direita&lt;/b&gt; (1 = igual nos dois lados): {change}</translation>
    </message>
    <message>
        <source>{value} points</source>
        <translation>{value} pontos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pain extent&lt;/b&gt; (share of the whole body surface): {before} → {after} ({change})</source>
        <translation>&lt;b&gt;Extensão da dor&lt;/b&gt; (parcela da superfície corporal total): {before} → {after} ({change})</translation>
    </message>
    <message>
        <source>{verdict} (±{mdc} points, published minimal detectable change)</source>
        <translation>{verdict} (±{mdc} pontos, mudança mínima detectável publicada)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weighted by intensity&lt;/b&gt;: {before} → {after}</source>
        <translation>&lt;b&gt;Ponderada pela intensidade&lt;/b&gt;: {before} → {after}</translation>
    </message>
    <message>
        <source>&lt;b&gt;How much of the pain is in the same place&lt;/b&gt;: {share}</source>
        <translation>&lt;b&gt;Parte da dor no mesmo lugar&lt;/b&gt;: {share}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Painful regions&lt;/b&gt;: {regions} · &lt;b&gt;Widespread pain index&lt;/b&gt;: {wpi} of 19</source>
        <translation>&lt;b&gt;Regiões dolorosas&lt;/b&gt;: {regions} · &lt;b&gt;Índice de dor generalizada&lt;/b&gt;: {wpi} de 19</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Novo</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolvido</translation>
    </message>
    <message>
        <source>Persisting</source>
        <translation>Persistente</translation>
    </message>
    <message>
        <source>pain {pain}/10</source>
        <translation>dor {pain}/10</translation>
    </message>
    <message>
        <source>pain not rated</source>
        <translation>dor não avaliada</translation>
    </message>
    <message>
        <source>(later visit only)</source>
        <translation>(só consulta posterior)</translation>
    </message>
    <message>
        <source>(earlier visit only)</source>
        <translation>(só consulta anterior)</translation>
    </message>
    <message>
        <source>(both)</source>
        <translation>(ambas)</translation>
    </message>
    <message>
        <source>Compare visits — {name}</source>
        <translation>Comparar consultas — {name}</translation>
    </message>
    <message>
        <source>Earlier visit:</source>
        <translation>Consulta anterior:</translation>
    </message>
    <message>
        <source>Later visit:</source>
        <translation>Consulta posterior:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vista:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mudança&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Change where it was drawn</source>
        <translation>Mudança onde foi desenhada</translation>
    </message>
    <message>
        <source>Change by body region (all views)</source>
        <translation>Mudança por região do corpo (todas as vistas)</translation>
    </message>
    <message>
        <source>Trigger points at</source>
        <translation>Pontos-gatilho em</translation>
    </message>
    <message>
        <source>Persist.</source>
        <translation>Persist.</translation>
    </message>
    <message>
        <source>Act.→lat.</source>
        <translation>At.→lat.</translation>
    </message>
    <message>
        <source>Where the trigger points were charted</source>
        <translation>Onde os pontos-gatilho foram registrados</translation>
    </message>
    <message>
        <source>Active → latent</source>
        <translation>Ativo → latente</translation>
    </message>
    <message>
        <source>This patient needs at least one charted visit to compare.</source>
        <translation>Este paciente precisa de pelo menos uma consulta registrada para comparar.</translation>
    </message>
    <message>
        <source>Compare visits</source>
        <translation>Comparar consultas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earlier&lt;/b&gt; · {date}</source>
        <translation>&lt;b&gt;Consulta anterior&lt;/b&gt; · {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Later&lt;/b&gt; · {date}</source>
        <translation>&lt;b&gt;Consulta posterior&lt;/b&gt; · {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per view&lt;/b&gt; (share of the view&apos;s drawing)</source>
        <translation>&lt;b&gt;Por vista&lt;/b&gt; (parcela do desenho da vista)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Mudança</translation>
    </message>
    <message>
        <source>Same place</source>
        <translation>Mesmo lugar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trigger points&lt;/b&gt;: {before} → {after} active; {resolved} resolved, {new} new, {persisting} persisting</source>
        <translation>&lt;b&gt;Pontos-gatilho&lt;/b&gt;: {before} → {after} ativos; {resolved} resolvidos, {new} novos, {persisting} persistentes</translation>
    </message>
    <message>
        <source>, {count} active → latent</source>
        <translation>, {count} ativo → latente</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall pain&lt;/b&gt;: {pain}</source>
        <translation>&lt;b&gt;Dor geral&lt;/b&gt;: {pain}</translation>
    </message>
    <message>
        <source>Per view: ✔ change larger than the drawing error · ≈ within it</source>
        <translation>Por vista: ✔ mudança maior que o erro de desenho · ≈ dentro dele</translation>
    </message>
    <message>
        <source>Unlabelled site</source>
        <translation>Local sem nome</translation>
    </message>
    <message>
        <source>left</source>
        <translation>esquerdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>direito</translation>
    </message>
    <message>
        <source>{place} ({side})</source>
        <translation>{place} ({side})</translation>
    </message>
    <message>
        <source>Pain went</source>
        <translation>A dor sumiu</translation>
    </message>
    <message>
        <source>Pain came</source>
        <translation>A dor surgiu</translation>
    </message>
    <message>
        <source>Pain stayed</source>
        <translation>A dor permaneceu</translation>
    </message>
</context>
<context>
    <name>ConsentDetailsDialog</name>
    <message>
        <source>Consent to dry needling</source>
        <translation>Consentimento para agulhamento seco</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Revogar o consentimento…</translation>
    </message>
    <message>
        <source>Discussed with the patient</source>
        <translation>Conversado com o paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s signature</source>
        <translation>Assinatura do paciente</translation>
    </message>
    <message>
        <source>not recorded:</source>
        <translation>não registrado:</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent to dry needling</source>
        <translation>Consentimento para agulhamento seco</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Discussed with the patient</source>
        <translation>Conversado com o paciente</translation>
    </message>
    <message>
        <source>☐  {item}  (not recorded)</source>
        <translation>☐  {item}  (não registrado)</translation>
    </message>
    <message>
        <source>From the health screen: {factors}</source>
        <translation>Da triagem de saúde: {factors}</translation>
    </message>
    <message>
        <source>The health screen flagged nothing.</source>
        <translation>A triagem de saúde não apontou nada.</translation>
    </message>
    <message>
        <source>Course of treatment until {date} or for 1 visit</source>
        <translation>Ciclo de tratamento até {date} ou por 1 consulta</translation>
    </message>
    <message>
        <source>Course of treatment until {date} or for {count} visits</source>
        <translation>Ciclo de tratamento até {date} ou por {count} consultas</translation>
    </message>
    <message>
        <source>Course of treatment until {date}</source>
        <translation>Ciclo de tratamento até {date}</translation>
    </message>
    <message>
        <source>Course of treatment for 1 visit</source>
        <translation>Ciclo de tratamento por 1 consulta</translation>
    </message>
    <message>
        <source>Course of treatment for {count} visits</source>
        <translation>Ciclo de tratamento por {count} consultas</translation>
    </message>
    <message>
        <source>Course of treatment</source>
        <translation>Ciclo de tratamento</translation>
    </message>
    <message>
        <source>Before treatment, please tell us if any of these apply to you</source>
        <translation>Antes do tratamento, informe-nos se algum destes itens se aplica a você</translation>
    </message>
    <message>
        <source>Health questions</source>
        <translation>Perguntas de saúde</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Abrangência</translation>
    </message>
    <message>
        <source>Obtained by</source>
        <translation>Obtido por</translation>
    </message>
    <message>
        <source>{name}, recorded {when}</source>
        <translation>{name}, registrado em {when}</translation>
    </message>
    <message>
        <source>Copy given</source>
        <translation>Cópia entregue</translation>
    </message>
    <message>
        <source>Yes, a copy was given to the patient</source>
        <translation>Sim, uma cópia foi entregue ao paciente</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>☐ Written   ☐ Verbal   ☐ Other: ____________________</source>
        <translation>☐ Escrito   ☐ Verbal   ☐ Outro: ____________________</translation>
    </message>
    <message>
        <source>☐ This visit only   ☐ Course of treatment until ____________ or for ____ visits</source>
        <translation>☐ Somente esta consulta   ☐ Ciclo de tratamento até ____________ ou por ____ consultas</translation>
    </message>
    <message>
        <source>☐ Yes   ☐ No</source>
        <translation>☐ Sim   ☐ Não</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentimento revogado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Revogado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efeito</translation>
    </message>
    <message>
        <source>This consent does not cover visits after this time.</source>
        <translation>Este consentimento não cobre consultas após este momento.</translation>
    </message>
    <message>
        <source>I have read (or had read to me) the information above, my questions have been answered, and I agree to dry needling.</source>
        <translation>Li (ou leram para mim) as informações acima, minhas perguntas foram respondidas e concordo com o agulhamento seco.</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Paciente: {name}</translation>
    </message>
    <message>
        <source>Signed on paper: the signed original is kept on file.</source>
        <translation>Assinado em papel: o original assinado fica arquivado.</translation>
    </message>
    <message>
        <source>Clinician: {name}</source>
        <translation>Profissional: {name}</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profissional</translation>
    </message>
</context>
<context>
    <name>ConsentFormDialog</name>
    <message>
        <source>From the health screen: {factors}</source>
        <translation>Da triagem de saúde: {factors}</translation>
    </message>
    <message>
        <source>The health screen flags nothing for this patient.</source>
        <translation>A triagem de saúde não aponta nada para este paciente.</translation>
    </message>
    <message>
        <source>Record consent to dry needling</source>
        <translation>Registrar o consentimento para agulhamento seco</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>how, when “Other” (e.g. through an interpreter)</source>
        <translation>como, se “Outro” (ex.: por meio de intérprete)</translation>
    </message>
    <message>
        <source>This visit only</source>
        <translation>Somente esta consulta</translation>
    </message>
    <message>
        <source>Course of treatment</source>
        <translation>Ciclo de tratamento</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sem limite</translation>
    </message>
    <message>
        <source>until</source>
        <translation>até</translation>
    </message>
    <message>
        <source>or for</source>
        <translation>ou por</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>consultas</translation>
    </message>
    <message>
        <source>A copy of the consent form was given to the patient</source>
        <translation>Cópia do termo entregue ao paciente</translation>
    </message>
    <message>
        <source>{name} (signed in), when saved</source>
        <translation>{name} (conectado), ao salvar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Abrangência</translation>
    </message>
    <message>
        <source>Obtained by</source>
        <translation>Obtido por</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Texto do consentimento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Discussed with the patient (tick each one)</source>
        <translation>Conversado com o paciente (marque cada item)</translation>
    </message>
    <message>
        <source>Patient&apos;s signature</source>
        <translation>Assinatura do paciente</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Apagar a assinatura</translation>
    </message>
    <message>
        <source>Signed on the printed form instead</source>
        <translation>Assinado no formulário impresso</translation>
    </message>
</context>
<context>
    <name>ConsentStatus</name>
    <message>
        <source>Signed on screen by the patient</source>
        <translation>Assinado na tela pelo paciente</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>Assinado em papel</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Não assinado</translation>
    </message>
    <message>
        <source>No consent covers this visit.</source>
        <translation>Nenhum consentimento cobre esta consulta.</translation>
    </message>
    <message>
        <source>Record consent before needling.</source>
        <translation>Registre o consentimento antes de agulhar.</translation>
    </message>
    <message>
        <source>✖ Consent WITHDRAWN {when}</source>
        <translation>✖ Consentimento REVOGADO {when}</translation>
    </message>
    <message>
        <source>Reason: {reason} (recorded by {name})</source>
        <translation>Motivo: {reason} (registrado por {name})</translation>
    </message>
    <message>
        <source>⚠ Consent is incomplete</source>
        <translation>⚠ O consentimento está incompleto</translation>
    </message>
    <message>
        <source>✔ Consent covers this visit</source>
        <translation>✔ O consentimento cobre esta consulta</translation>
    </message>
    <message>
        <source>copy given</source>
        <translation>cópia entregue</translation>
    </message>
    <message>
        <source>no copy given</source>
        <translation>sem cópia entregue</translation>
    </message>
    <message>
        <source>Given {date} · {method} · {signature}</source>
        <translation>Dado em {date} · {method} · {signature}</translation>
    </message>
    <message>
        <source>Scope: {scope}</source>
        <translation>Abrangência: {scope}</translation>
    </message>
    <message>
        <source>Discussed: {count} of {total} items</source>
        <translation>Conversado: {count} de {total} itens</translation>
    </message>
    <message>
        <source>Obtained by {name}, {when}</source>
        <translation>Obtido por {name}, {when}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Observações: {notes}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>bodymap — unexpected error</source>
        <translation>bodymap — erro inesperado</translation>
    </message>
    <message>
        <source>Something went wrong inside bodymap. Marks and details already shown on the chart were saved as they were made; check the last thing you did.</source>
        <translation>Algo deu errado no bodymap. As marcas e os dados já mostrados no registro foram salvos ao serem feitos; verifique a última coisa que você fez.</translation>
    </message>
    <message>
        <source>A report, without any patient data, was saved in the log file:
{path}</source>
        <translation>Um relatório, sem nenhum dado de pacientes, foi salvo no arquivo de log:
{path}</translation>
    </message>
    <message>
        <source>Please send it to whoever supports bodymap at your clinic.</source>
        <translation>Envie-o a quem dá suporte ao bodymap na sua clínica.</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir pasta de logs</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>{problem} (at {path})</source>
        <translation>{problem} (em {path})</translation>
    </message>
    <message>
        <source>Expected a date like {example}, found {value}</source>
        <translation>Esperava-se uma data como {example}; encontrado {value}</translation>
    </message>
    <message>
        <source>Not a date: {value}</source>
        <translation>Não é uma data: {value}</translation>
    </message>
    <message>
        <source>Expected an object, found {kind}</source>
        <translation>Esperava-se um objeto; encontrado {kind}</translation>
    </message>
    <message>
        <source>Expected a list, found {kind}</source>
        <translation>Esperava-se uma lista; encontrado {kind}</translation>
    </message>
    <message>
        <source>Too many entries ({count}; at most {most})</source>
        <translation>Entradas demais ({count}; no máximo {most})</translation>
    </message>
    <message>
        <source>Missing field {name}</source>
        <translation>Falta o campo {name}</translation>
    </message>
    <message>
        <source>Expected text, found {kind}</source>
        <translation>Esperava-se texto; encontrado {kind}</translation>
    </message>
    <message>
        <source>Must not be empty</source>
        <translation>Não pode estar vazio</translation>
    </message>
    <message>
        <source>Too long ({count} characters; at most {most})</source>
        <translation>Longo demais ({count} caracteres; no máximo {most})</translation>
    </message>
    <message>
        <source>Contains a NUL character</source>
        <translation>Contém um caractere NUL</translation>
    </message>
    <message>
        <source>Contains an invalid character (a lone surrogate)</source>
        <translation>Contém um caractere inválido (um substituto isolado)</translation>
    </message>
    <message>
        <source>Expected a whole number, found {kind}</source>
        <translation>Esperava-se um número inteiro; encontrado {kind}</translation>
    </message>
    <message>
        <source>Out of range: {value} (allowed {lo} to {hi})</source>
        <translation>Fora do intervalo: {value} (permitido de {lo} a {hi})</translation>
    </message>
    <message>
        <source>Expected a number, found {kind}</source>
        <translation>Esperava-se um número; encontrado {kind}</translation>
    </message>
    <message>
        <source>Expected true or false, found {kind}</source>
        <translation>Esperava-se true ou false; encontrado {kind}</translation>
    </message>
    <message>
        <source>Must be one of {choices}; found {value}</source>
        <translation>Deve ser um destes: {choices}; encontrado {value}</translation>
    </message>
    <message>
        <source>Expected a UTC timestamp like 2025-03-12T10:15:00Z, found {value}</source>
        <translation>Esperava-se um carimbo de data/hora UTC como 2025-03-12T10:15:00Z; encontrado {value}</translation>
    </message>
    <message>
        <source>Not a timestamp: {value}</source>
        <translation>Não é um carimbo de data/hora: {value}</translation>
    </message>
    <message>
        <source>The timestamp {value} has no time zone (expected UTC, ending in Z)</source>
        <translation>O carimbo de data/hora {value} não tem fuso horário (esperado UTC, terminando em Z)</translation>
    </message>
    <message>
        <source>Implausible year {year}</source>
        <translation>Ano implausível {year}</translation>
    </message>
    <message>
        <source>Implausible date of birth {value}</source>
        <translation>Data de nascimento implausível {value}</translation>
    </message>
    <message>
        <source>Duplicate {what} id {value}</source>
        <translation>Id de {what} duplicado {value}</translation>
    </message>
    <message>
        <source>a number of more than {count} digits</source>
        <translation>um número com mais de {count} dígitos</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>um objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>uma lista</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>um número</translation>
    </message>
    <message>
        <source>a number of {count} digits (too long)</source>
        <translation>um número com {count} dígitos (longo demais)</translation>
    </message>
    <message>
        <source>Not a bodymap export (format is {found}, expected &apos;bodymap&apos;)</source>
        <translation>Não é uma exportação do bodymap (o formato é {found}; esperado &apos;bodymap&apos;)</translation>
    </message>
    <message>
        <source>Missing or invalid schema_version: {value}</source>
        <translation>schema_version ausente ou inválido: {value}</translation>
    </message>
    <message>
        <source>This file uses schema version {version}, newer than this bodymap understands ({known}); update bodymap to import it</source>
        <translation>Este arquivo usa a versão de esquema {version}, mais nova do que este bodymap entende ({known}); atualize o bodymap para importá-lo</translation>
    </message>
    <message>
        <source>Unknown schema version {version}</source>
        <translation>Versão de esquema desconhecida {version}</translation>
    </message>
    <message>
        <source>scope must be one of {choices}</source>
        <translation>scope deve ser um destes: {choices}</translation>
    </message>
    <message>
        <source>The logo is not valid base64</source>
        <translation>O logotipo não é base64 válido</translation>
    </message>
    <message>
        <source>Expected true or false</source>
        <translation>Esperava-se true ou false</translation>
    </message>
    <message>
        <source>A signed visit needs signed_at</source>
        <translation>Uma consulta assinada precisa de signed_at</translation>
    </message>
    <message>
        <source>Zone source {source} is not a trigger point of the same visit</source>
        <translation>A origem da zona {source} não é um ponto-gatilho da mesma consulta</translation>
    </message>
    <message>
        <source>Unknown diagram view {view} (known: {known})</source>
        <translation>Vista de diagrama desconhecida {view} (conhecidas: {known})</translation>
    </message>
    <message>
        <source>Unknown finding {value} (known: {known})</source>
        <translation>Achado desconhecido {value} (conhecidos: {known})</translation>
    </message>
    <message>
        <source>A zone outline needs at least three points</source>
        <translation>O contorno de uma zona precisa de pelo menos três pontos</translation>
    </message>
    <message>
        <source>Expected a point [x, y]</source>
        <translation>Esperava-se um ponto [x, y]</translation>
    </message>
    <message>
        <source>A zone needs at least one outline</source>
        <translation>Uma zona precisa de pelo menos um contorno</translation>
    </message>
    <message>
        <source>Must be one of {choices}</source>
        <translation>Deve ser um destes: {choices}</translation>
    </message>
    <message>
        <source>Expected one to three different sides</source>
        <translation>Esperavam-se de um a três lados diferentes</translation>
    </message>
    <message>
        <source>Expected a body region like &apos;right:temple&apos;</source>
        <translation>Esperava-se uma região do corpo como &apos;right:temple&apos;</translation>
    </message>
    <message>
        <source>Expected a trigger point id</source>
        <translation>Esperava-se o id de um ponto-gatilho</translation>
    </message>
    <message>
        <source>Must not be null</source>
        <translation>Não pode ser null</translation>
    </message>
    <message>
        <source>Too many entries (at most {most})</source>
        <translation>Entradas demais (no máximo {most})</translation>
    </message>
    <message>
        <source>Chart number {chart} appears twice in the file (also at {other})</source>
        <translation>O número do prontuário {chart} aparece duas vezes no arquivo (também em {other})</translation>
    </message>
    <message>
        <source>A {kind} cannot be carried forward from itself</source>
        <translation>Um {kind} não pode ser trazido de si mesmo</translation>
    </message>
    <message>
        <source>Carried forward from {kind} {source} of another patient</source>
        <translation>Trazido de {kind} {source} de outro paciente</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>Não é possível ler {path}: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a regular file, so it cannot be a bodymap export</source>
        <translation>{name} não é um arquivo comum, então não pode ser uma exportação do bodymap</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size} MB; at most {most} MB)</source>
        <translation>{name} é grande demais para importar ({size} MB; no máximo {most} MB)</translation>
    </message>
    <message>
        <source>The file holds two lists of patients</source>
        <translation>O arquivo contém duas listas de pacientes</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be a bodymap export</source>
        <translation>{name} está aninhado profundamente demais para ser uma exportação do bodymap</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte {byte})</source>
        <translation>{name} não é texto UTF-8 (byte {byte})</translation>
    </message>
    <message>
        <source>{name} is not valid JSON: {message} at line {line}, column {column}</source>
        <translation>{name} não é JSON válido: {message} na linha {line}, coluna {column}</translation>
    </message>
    <message>
        <source>Unknown table {table}: this file comes from a newer bodymap; update bodymap to import it</source>
        <translation>Tabela desconhecida {table}: este arquivo vem de um bodymap mais novo; atualize o bodymap para importá-lo</translation>
    </message>
    <message>
        <source>Duplicate row {key}</source>
        <translation>Linha duplicada {key}</translation>
    </message>
    <message>
        <source>Holds a number that is not finite</source>
        <translation>Contém um número que não é finito</translation>
    </message>
    <message>
        <source>Too large ({count} characters; at most {most})</source>
        <translation>Grande demais ({count} caracteres; no máximo {most})</translation>
    </message>
    <message>
        <source>Cannot carry a column of kind {kind}</source>
        <translation>Não é possível transportar uma coluna do tipo {kind}</translation>
    </message>
    <message>
        <source>Expected base64 text, found {kind}</source>
        <translation>Esperava-se texto base64; encontrado {kind}</translation>
    </message>
    <message>
        <source>Too large (at most {most} MB)</source>
        <translation>Grande demais (no máximo {most} MB)</translation>
    </message>
    <message>
        <source>Not valid base64</source>
        <translation>Não é base64 válido</translation>
    </message>
    <message>
        <source>Choose exactly one of a visit, a patient or everything to export.</source>
        <translation>Escolha exatamente uma opção para exportar: uma consulta, um paciente ou tudo.</translation>
    </message>
    <message>
        <source>on_conflict must be one of {choices}</source>
        <translation>on_conflict deve ser um destes: {choices}</translation>
    </message>
    <message>
        <source>Imported {patients}, {visits}, {trigger_points} and {zones}.</source>
        <translation>Importados {patients}, {visits}, {trigger_points} e {zones}.</translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation>1 paciente</translation>
    </message>
    <message>
        <source>{count} patients</source>
        <translation>{count} pacientes</translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>1 consulta</translation>
    </message>
    <message>
        <source>{count} visits</source>
        <translation>{count} consultas</translation>
    </message>
    <message>
        <source>1 trigger point</source>
        <translation>1 ponto-gatilho</translation>
    </message>
    <message>
        <source>{count} trigger points</source>
        <translation>{count} pontos-gatilho</translation>
    </message>
    <message>
        <source>1 zone</source>
        <translation>1 zona</translation>
    </message>
    <message>
        <source>{count} zones</source>
        <translation>{count} zonas</translation>
    </message>
    <message>
        <source>Also {rows} of the safety record, templates and settings.</source>
        <translation>Também {rows} do registro de segurança, modelos e configurações.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 linha</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} linhas</translation>
    </message>
    <message>
        <source>Chart {old} was already in use and was imported as {new}.</source>
        <translation>O prontuário {old} já estava em uso e foi importado como {new}.</translation>
    </message>
    <message>
        <source>The file is nested too deeply to be a bodymap export</source>
        <translation>O arquivo está aninhado profundamente demais para ser uma exportação do bodymap</translation>
    </message>
    <message>
        <source>The database refused the import, so nothing was imported: {reason}</source>
        <translation>O banco de dados recusou a importação, então nada foi importado: {reason}</translation>
    </message>
    <message>
        <source>{count} carried-forward link(s) pointed to marks outside the file and were left out.</source>
        <translation>{count} vínculo(s) trazido(s) apontavam para marcações fora do arquivo e foram omitidos.</translation>
    </message>
    <message>
        <source>Chart number {chart} is already in use in this database; nothing was imported (import with &apos;rename&apos; to give the imported patient a new number)</source>
        <translation>O número do prontuário {chart} já está em uso neste banco de dados; nada foi importado (importe com &apos;rename&apos; para dar um novo número ao paciente importado)</translation>
    </message>
    <message>
        <source>This database&apos;s settings were kept for: {keys}.</source>
        <translation>As configurações deste banco de dados foram mantidas para: {keys}.</translation>
    </message>
    <message>
        <source>{rows} of the safety record belonged to charts outside the file and were left out.</source>
        <translation>{rows} do registro de segurança pertenciam a prontuários fora do arquivo e foram omitidas.</translation>
    </message>
    <message>
        <source>{links} of the safety record pointed to rows outside the file and were left empty.</source>
        <translation>{links} do registro de segurança apontavam para linhas fora do arquivo e foram deixados vazios.</translation>
    </message>
    <message>
        <source>1 link</source>
        <translation>1 vínculo</translation>
    </message>
    <message>
        <source>{count} links</source>
        <translation>{count} vínculos</translation>
    </message>
    <message>
        <source>The image is a {format} of {width} x {height} pixels, not what the row says</source>
        <translation>A imagem é um {format} de {width} x {height} pixels, não o que a linha diz</translation>
    </message>
    <message>
        <source>{marks} had region, side or muscle labels that disagree with where they lie on the diagram; the diagram&apos;s labels were recorded instead (e.g. {examples}).</source>
        <translation>{marks} tinham rótulos de região, lado ou músculo que não correspondem à sua posição no diagrama; os rótulos do diagrama foram registrados no lugar (p. ex., {examples}).</translation>
    </message>
    <message>
        <source>1 mark</source>
        <translation>1 marcação</translation>
    </message>
    <message>
        <source>{count} marks</source>
        <translation>{count} marcações</translation>
    </message>
    <message>
        <source>1 signed visit keeps its original signer and time and is recorded as signed elsewhere and imported.</source>
        <translation>1 consulta assinada mantém o signatário e o horário originais e fica registrada como assinada em outro local e importada.</translation>
    </message>
    <message>
        <source>{count} signed visits keep their original signer and time and are recorded as signed elsewhere and imported.</source>
        <translation>{count} consultas assinadas mantêm o signatário e o horário originais e ficam registradas como assinadas em outro local e importadas.</translation>
    </message>
    <message>
        <source>Contains a NUL character or a lone surrogate</source>
        <translation>Contém um caractere NUL ou um substituto isolado</translation>
    </message>
    <message>
        <source>The visit is dated in the future ({when} UTC)</source>
        <translation>A consulta está datada no futuro ({when} UTC)</translation>
    </message>
    <message>
        <source>The visit was signed in the future ({when} UTC)</source>
        <translation>A consulta foi assinada no futuro ({when} UTC)</translation>
    </message>
    <message>
        <source>The trigger point lies off the body: ({x}, {y}) is outside every body outline of the view {view}</source>
        <translation>O ponto-gatilho fica fora do corpo: ({x}, {y}) está fora de todos os contornos do corpo da vista {view}</translation>
    </message>
    <message>
        <source>The zone lies off the body: it covers no part of any body outline of the view {view} (or has no area)</source>
        <translation>A zona fica fora do corpo: não cobre nenhuma parte dos contornos do corpo da vista {view} (ou não tem área)</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Patient copy (plain words)</source>
        <translation>Cópia do paciente (linguagem simples)</translation>
    </message>
    <message>
        <source>Clinician copy (full record)</source>
        <translation>Cópia do profissional (registro completo)</translation>
    </message>
    <message>
        <source>PDF handout, patient copy (*.pdf)</source>
        <translation>Folheto PDF, cópia do paciente (*.pdf)</translation>
    </message>
    <message>
        <source>PDF handout, clinician copy: full record (*.pdf)</source>
        <translation>Folheto PDF, cópia do profissional: registro completo (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images of the charted views (*.png)</source>
        <translation>Imagens PNG das vistas registradas (*.png)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Planilha CSV (*.csv)</translation>
    </message>
    <message>
        <source>bodymap JSON, complete (*.json)</source>
        <translation>JSON do bodymap, completo (*.json)</translation>
    </message>
    <message>
        <source>FHIR R4 bundle (*.fhir.json)</source>
        <translation>Pacote FHIR R4 (*.fhir.json)</translation>
    </message>
    <message>
        <source>Export visit</source>
        <translation>Exportar consulta</translation>
    </message>
    <message>
        <source>The visit could not be exported to
{path}

{reason}</source>
        <translation>Não foi possível exportar a consulta para
{path}

{reason}</translation>
    </message>
    <message>
        <source>Import a bodymap export</source>
        <translation>Importar uma exportação do bodymap</translation>
    </message>
    <message>
        <source>bodymap JSON (*.json);;All files (*)</source>
        <translation>JSON do bodymap (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import the patients whose chart numbers are taken under new chart numbers (for example CH-1-2)?</source>
        <translation>Importar os pacientes cujos números de prontuário já existem com números novos (por exemplo CH-1-2)?</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nada foi importado.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Não foi possível imprimir o relatório.</translation>
    </message>
    <message>
        <source>Print preview: visit report</source>
        <translation>Visualização de impressão: relatório da consulta</translation>
    </message>
    <message>
        <source>The patient copy is in plain words, without needle details or the safety record; the clinician copy is the full record.</source>
        <translation>A cópia do paciente está em linguagem simples, sem detalhes das agulhas nem o registro de segurança; a cópia do profissional é o registro completo.</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>Cópia:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>{copy}, {paper} (*.pdf)</source>
        <translation>{copy}, {paper} (*.pdf)</translation>
    </message>
    <message>
        <source>Export visit report as PDF</source>
        <translation>Exportar o relatório da consulta como PDF</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>The PDF could not be saved to
{path}

{reason}</source>
        <translation>Não foi possível salvar o PDF em
{path}

{reason}</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>bodymap — first start</source>
        <translation>bodymap — primeiro uso</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Criar conta</translation>
    </message>
</context>
<context>
    <name>FirstAdminForm</name>
    <message>
        <source>&lt;b&gt;Welcome to bodymap.&lt;/b&gt; Create the administrator account.</source>
        <translation>&lt;b&gt;Bem-vindo ao bodymap.&lt;/b&gt; Crie a conta de administrador.</translation>
    </message>
    <message>
        <source>Every chart entry and signature carries the name of the clinician signed in, so the clinic starts with this one account; the administrator then adds the other clinicians and sets up the clinic.</source>
        <translation>Cada registro e cada assinatura levam o nome do profissional com a sessão iniciada, por isso a clínica começa com esta conta; depois, o administrador adiciona os outros profissionais e configura a clínica.</translation>
    </message>
    <message>
        <source>e.g. Dr. Sam Rivera, PT</source>
        <translation>ex.: Sam Rivera, fisioterapeuta</translation>
    </message>
    <message>
        <source>e.g. srivera</source>
        <translation>ex.: srivera</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repetir senha</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>As duas senhas não coincidem.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>a tight band in the muscle</source>
        <translation>uma banda tensa no músculo</translation>
    </message>
    <message>
        <source>a tender spot</source>
        <translation>um ponto sensível à pressão</translation>
    </message>
    <message>
        <source>pressing it brought on your familiar pain</source>
        <translation>ao pressioná-lo surgiu a sua dor habitual</translation>
    </message>
    <message>
        <source>the muscle twitched when pressed or treated</source>
        <translation>o músculo contraiu ao ser pressionado ou tratado</translation>
    </message>
    <message>
        <source>pressing it spread pain to another area</source>
        <translation>ao pressioná-lo a dor se espalhou para outra região</translation>
    </message>
    <message>
        <source>Active: painful now</source>
        <translation>Ativo: dói agora</translation>
    </message>
    <message>
        <source>Latent: sore if pressed</source>
        <translation>Latente: dói quando pressionado</translation>
    </message>
    <message>
        <source>Taut band</source>
        <translation>Banda tensa</translation>
    </message>
    <message>
        <source>Spot tenderness</source>
        <translation>Sensibilidade pontual</translation>
    </message>
    <message>
        <source>Pain recognition</source>
        <translation>Reconhecimento da dor</translation>
    </message>
    <message>
        <source>Local twitch response</source>
        <translation>Resposta de contração local</translation>
    </message>
    <message>
        <source>Referred pain reproduced</source>
        <translation>Dor referida reproduzida</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Latent</source>
        <translation>Latente</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>Profundo</translation>
    </message>
    <message>
        <source>Superficial</source>
        <translation>Superficial</translation>
    </message>
    <message>
        <source>carried forward</source>
        <translation>trazido de consulta anterior</translation>
    </message>
    <message>
        <source>from an earlier visit</source>
        <translation>de uma consulta anterior</translation>
    </message>
    <message>
        <source>Not needled</source>
        <translation>Não agulhado</translation>
    </message>
    <message>
        <source>Dry needling</source>
        <translation>Agulhamento seco</translation>
    </message>
    <message>
        <source>depth {mm}</source>
        <translation>profundidade {mm}</translation>
    </message>
    <message>
        <source>1 twitch response</source>
        <translation>1 resposta de contração local</translation>
    </message>
    <message>
        <source>{n} twitch responses</source>
        <translation>{n} respostas de contração local</translation>
    </message>
    <message>
        <source>Needled</source>
        <translation>Agulhado</translation>
    </message>
    <message>
        <source>Near the surface</source>
        <translation>Perto da superfície</translation>
    </message>
    <message>
        <source>Muscle / location</source>
        <translation>Músculo / localização</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Achados</translation>
    </message>
    <message>
        <source>Pressure pain</source>
        <translation>Dor à pressão</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Muscle / where</source>
        <translation>Músculo / onde</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>O que é</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>O que foi encontrado</translation>
    </message>
    <message>
        <source>Sore to press</source>
        <translation>Dor ao pressionar</translation>
    </message>
    <message>
        <source>Treated with</source>
        <translation>Tratado com</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiões</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensidade</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profundidade</translation>
    </message>
    <message>
        <source>Where you feel it</source>
        <translation>Onde você sente</translation>
    </message>
    <message>
        <source>Feels like</source>
        <translation>Como é a sensação</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Intensidade</translation>
    </message>
    <message>
        <source>How deep</source>
        <translation>Profundidade</translation>
    </message>
    <message>
        <source>Trigger points (tight, tender spots in the muscle)</source>
        <translation>Pontos-gatilho (pontos tensos e sensíveis no músculo)</translation>
    </message>
    <message>
        <source>Where you feel the pain</source>
        <translation>Onde você sente a dor</translation>
    </message>
    <message>
        <source>Notes from your visit</source>
        <translation>Observações da sua consulta</translation>
    </message>
    <message>
        <source>Your trigger point and pain chart</source>
        <translation>Seu mapa de pontos-gatilho e dor</translation>
    </message>
    <message>
        <source>Trigger points</source>
        <translation>Pontos-gatilho miofasciais</translation>
    </message>
    <message>
        <source>Referred pain zones</source>
        <translation>Zonas de dor referida</translation>
    </message>
    <message>
        <source>Visit notes</source>
        <translation>Observações da consulta</translation>
    </message>
    <message>
        <source>Trigger point and referred pain chart (clinician copy)</source>
        <translation>Mapa de pontos-gatilho e dor referida (cópia do profissional)</translation>
    </message>
    <message>
        <source>Left side, seen from the patient&apos;s left</source>
        <translation>Lado esquerdo, visto pela esquerda do paciente</translation>
    </message>
    <message>
        <source>Right side, seen from the patient&apos;s right</source>
        <translation>Lado direito, visto pela direita do paciente</translation>
    </message>
    <message>
        <source>The {view} diagram is not available; its marks are listed below.</source>
        <translation>O diagrama {view} não está disponível; suas marcas estão listadas abaixo.</translation>
    </message>
    <message>
        <source>Close-up {letter}</source>
        <translation>Detalhe {letter}</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado esquerdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado direito</translation>
    </message>
    <message>
        <source>Active trigger point</source>
        <translation>Ponto-gatilho ativo</translation>
    </message>
    <message>
        <source>Latent trigger point</source>
        <translation>Ponto-gatilho latente</translation>
    </message>
    <message>
        <source>Treated with dry needling (X)</source>
        <translation>Tratado com agulhamento seco (X)</translation>
    </message>
    <message>
        <source>From an earlier visit (dashed)</source>
        <translation>De uma consulta anterior (tracejado)</translation>
    </message>
    <message>
        <source>Felt deep (dashed outline)</source>
        <translation>Sentido em profundidade (contorno tracejado)</translation>
    </message>
    <message>
        <source>Needled (X)</source>
        <translation>Agulhado (X)</translation>
    </message>
    <message>
        <source>Carried forward (dashed)</source>
        <translation>Trazido (tracejado)</translation>
    </message>
    <message>
        <source>Deep (dashed outline)</source>
        <translation>Profundo (borda tracejada)</translation>
    </message>
    <message>
        <source>Aching</source>
        <translation>Dolorido</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>Queimação</translation>
    </message>
    <message>
        <source>Stabbing</source>
        <translation>Pontada</translation>
    </message>
    <message>
        <source>Pins and needles</source>
        <translation>Formigamento</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Dormência</translation>
    </message>
    <message>
        <source>Throbbing</source>
        <translation>Latejante</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation>Impresso em {when}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Página {number} de {total}</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (continuação)</translation>
    </message>
    <message>
        <source>Looking after yourself at home</source>
        <translation>Cuidados em casa</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Esquerdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Direito</translation>
    </message>
    <message>
        <source>Midline</source>
        <translation>Linha média</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>Left {region}</source>
        <translation>{region} (esquerda)</translation>
    </message>
    <message>
        <source>Right {region}</source>
        <translation>{region} (direita)</translation>
    </message>
    <message>
        <source>Left and right are the patient&apos;s own left and right</source>
        <translation>Esquerda e direita são as do próprio paciente</translation>
    </message>
    <message>
        <source>Tel. {phone}</source>
        <translation>Tel. {phone}</translation>
    </message>
    <message>
        <source>Visit {when}</source>
        <translation>Consulta {when}</translation>
    </message>
    <message>
        <source>Treating clinician: {name}</source>
        <translation>Profissional responsável: {name}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>não registrado</translation>
    </message>
    <message>
        <source>Signed by {name}</source>
        <translation>Assinado por {name}</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Assinado</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>RASCUNHO</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>Born {date}   ·   Chart {number}</source>
        <translation>Nascimento {date}   ·   Prontuário {number}</translation>
    </message>
    <message>
        <source>DRAFT: this record has not yet been signed by the clinician and may still change.</source>
        <translation>RASCUNHO: este registro ainda não foi assinado pelo profissional e pode mudar.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Não registrado</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>Queixa principal</translation>
    </message>
    <message>
        <source>Overall pain</source>
        <translation>Dor geral</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Sua evolução</translation>
    </message>
    <message>
        <source>Body chart</source>
        <translation>Mapa corporal</translation>
    </message>
    <message>
        <source>Your body chart</source>
        <translation>Seu mapa corporal</translation>
    </message>
    <message>
        <source>No trigger points or pain zones were charted at this visit.</source>
        <translation>Nenhum ponto-gatilho ou zona de dor foi registrado nesta consulta.</translation>
    </message>
    <message>
        <source>No notes were recorded for this visit.</source>
        <translation>Nenhuma observação foi registrada nesta consulta.</translation>
    </message>
    <message>
        <source>{text} … (continued below, {what})</source>
        <translation>{text} … (continua abaixo, {what})</translation>
    </message>
    <message>
        <source>No trigger points were charted at this visit.</source>
        <translation>Nenhum ponto-gatilho foi registrado nesta consulta.</translation>
    </message>
    <message>
        <source>Unlabelled site ({view})</source>
        <translation>Local sem nome ({view})</translation>
    </message>
    <message>
        <source>Trigger point notes (continued from the table)</source>
        <translation>Observações dos pontos-gatilho (continuação da tabela)</translation>
    </message>
    <message>
        <source>No pain zones were charted at this visit.</source>
        <translation>Nenhuma zona de dor foi registrada nesta consulta.</translation>
    </message>
    <message>
        <source>zone {key}</source>
        <translation>zona {key}</translation>
    </message>
    <message>
        <source>Pain zone notes (continued from the table)</source>
        <translation>Observações das zonas de dor (continuação da tabela)</translation>
    </message>
    <message>
        <source>Zone {key}</source>
        <translation>Zona {key}</translation>
    </message>
    <message>
        <source>No needles used</source>
        <translation>Nenhuma agulha usada</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>Conferido</translation>
    </message>
    <message>
        <source>Discrepancy documented</source>
        <translation>Discrepância documentada</translation>
    </message>
    <message>
        <source>NOT reconciled</source>
        <translation>NÃO conferido</translation>
    </message>
    <message>
        <source>After your treatment</source>
        <translation>Após o seu tratamento</translation>
    </message>
    <message>
        <source>The clinic&apos;s after-care advice for dry needling (printed in full on the patient copy)</source>
        <translation>As orientações da clínica após o agulhamento seco (impressas na íntegra na cópia do paciente)</translation>
    </message>
    <message>
        <source>Tolerated well</source>
        <translation>Bem tolerado</translation>
    </message>
    <message>
        <source>Moderate discomfort, completed</source>
        <translation>Desconforto moderado, concluído</translation>
    </message>
    <message>
        <source>Tolerated poorly, stopped early</source>
        <translation>Mal tolerado, interrompido antes</translation>
    </message>
    <message>
        <source>Improved (less pain or freer movement)</source>
        <translation>Melhorou (menos dor ou movimento mais livre)</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inalterado</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Pior</translation>
    </message>
    <message>
        <source>Bleeding</source>
        <translation>Sangramento</translation>
    </message>
    <message>
        <source>Bruising</source>
        <translation>Hematoma</translation>
    </message>
    <message>
        <source>Pain during needling</source>
        <translation>Dor durante o agulhamento</translation>
    </message>
    <message>
        <source>Pain after needling for more than 24 h</source>
        <translation>Dor após o agulhamento por mais de 24 h</translation>
    </message>
    <message>
        <source>Aggravation of symptoms</source>
        <translation>Agravamento dos sintomas</translation>
    </message>
    <message>
        <source>Fainting or feeling faint</source>
        <translation>Desmaio ou sensação de desmaio</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Náusea</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Cefaleia</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>Sonolência</translation>
    </message>
    <message>
        <source>Nerve irritation</source>
        <translation>Irritação nervosa</translation>
    </message>
    <message>
        <source>Suspected pneumothorax</source>
        <translation>Suspeita de pneumotórax</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Significativo</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Near miss</source>
        <translation>Quase incidente</translation>
    </message>
    <message>
        <source>During needling</source>
        <translation>Durante o agulhamento</translation>
    </message>
    <message>
        <source>After needling, in the clinic</source>
        <translation>Após o agulhamento, na clínica</translation>
    </message>
    <message>
        <source>Within 24 h of leaving</source>
        <translation>Nas 24 h após sair</translation>
    </message>
    <message>
        <source>More than 24 h later</source>
        <translation>Mais de 24 h depois</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>This visit only</source>
        <translation>Somente esta consulta</translation>
    </message>
    <message>
        <source>{after}/10 (no pain score before treatment)</source>
        <translation>{after}/10 (sem nota de dor antes do tratamento)</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sem mudança</translation>
    </message>
    <message>
        <source>{n} less</source>
        <translation>{n} a menos</translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation>{n} a mais</translation>
    </message>
    <message>
        <source>{before}/10 before → {after}/10 after ({trend})</source>
        <translation>{before}/10 antes → {after}/10 depois ({trend})</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>não contadas</translation>
    </message>
    <message>
        <source>{inserted} inserted, {removed} removed — {state}</source>
        <translation>{inserted} inseridas, {removed} retiradas — {state}</translation>
    </message>
    <message>
        <source>{text}. Note: {note}</source>
        <translation>{text}. Observação: {note}</translation>
    </message>
    <message>
        <source>No consent recorded for this visit</source>
        <translation>Nenhum consentimento registrado para esta consulta</translation>
    </message>
    <message>
        <source>{method}, {date}, obtained by {name} · {scope}</source>
        <translation>{method}, {date}, obtido por {name} · {scope}</translation>
    </message>
    <message>
        <source>WITHDRAWN {when}</source>
        <translation>REVOGADO {when}</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerância</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Observação da sessão</translation>
    </message>
    <message>
        <source>Pain after treatment</source>
        <translation>Dor após o tratamento</translation>
    </message>
    <message>
        <source>How the treatment went</source>
        <translation>Como foi o tratamento</translation>
    </message>
    <message>
        <source>Treatment safety</source>
        <translation>Segurança do tratamento</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>Needle count</source>
        <translation>Contagem de agulhas</translation>
    </message>
    <message>
        <source>Thorax caution</source>
        <translation>Precaução torácica</translation>
    </message>
    <message>
        <source>{site}: acknowledged by {name} {time}</source>
        <translation>{site}: confirmado por {name} {time}</translation>
    </message>
    <message>
        <source>{site}: NOT acknowledged</source>
        <translation>{site}: NÃO confirmado</translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation>Amplitude de movimento</translation>
    </message>
    <message>
        <source>After-care</source>
        <translation>Cuidados posteriores</translation>
    </message>
    <message>
        <source>Onset: {onset}</source>
        <translation>Início: {onset}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Evento adverso</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Conduta adotada</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <source>Adverse events and near misses</source>
        <translation>Eventos adversos e quase incidentes</translation>
    </message>
    <message>
        <source>Pain area</source>
        <translation>Área de dor</translation>
    </message>
    <message>
        <source>% of body surface</source>
        <translation>% da superfície corporal</translation>
    </message>
    <message>
        <source>Active trigger points</source>
        <translation>Pontos-gatilho ativos</translation>
    </message>
    <message>
        <source>No visits yet</source>
        <translation>Ainda não há consultas</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Data da consulta</translation>
    </message>
    <message>
        <source>Visit date ({year})</source>
        <translation>Data da consulta ({year})</translation>
    </message>
    <message>
        <source>Your clinic</source>
        <translation>Sua clínica</translation>
    </message>
</context>
<context>
    <name>HeatmapDialog</name>
    <message>
        <source>Clinic pain map</source>
        <translation>Mapa de dor da clínica</translation>
    </message>
    <message>
        <source>Only chart {number}</source>
        <translation>Só o prontuário {number}</translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation>Consultas de</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Todas as consultas</translation>
    </message>
    <message>
        <source>Chief complaint contains:</source>
        <translation>A queixa principal contém:</translation>
    </message>
    <message>
        <source>e.g. neck, headache, low back</source>
        <translation>ex.: pescoço, cefaleia, lombar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vista:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message numerus="yes">
        <source>%n visits chosen</source>
        <translation>
            <numerusform>%n consulta escolhida</numerusform>
            <numerusform>%n consultas escolhidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>most frequent spot: %n visits</source>
        <translation>
            <numerusform>ponto mais frequente: %n consulta</numerusform>
            <numerusform>ponto mais frequente: %n consultas</numerusform>
        </translation>
    </message>
    <message>
        <source>{chosen} · {count} with pain on this view · {spot}</source>
        <translation>{chosen} · {count} com dor nesta vista · {spot}</translation>
    </message>
    <message>
        <source>chief complaint contains “{text}”</source>
        <translation>a queixa principal contém “{text}”</translation>
    </message>
    <message>
        <source>chart {number}</source>
        <translation>prontuário {number}</translation>
    </message>
    <message>
        <source>visits {since} to {until}</source>
        <translation>consultas de {since} a {until}</translation>
    </message>
    <message>
        <source>all visits</source>
        <translation>todas as consultas</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n consulta</numerusform>
            <numerusform>%n consultas</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain frequency: {view}</source>
        <translation>Frequência da dor: {view}</translation>
    </message>
    <message>
        <source>{filter} · {visits}, {count} with pain on this view</source>
        <translation>{filter} · {visits}, {count} com dor nesta vista</translation>
    </message>
    <message>
        <source>Visits with
pain here</source>
        <translation>Consultas com
dor aqui</translation>
    </message>
    <message>
        <source>No colour: no visit
had pain there</source>
        <translation>Sem cor: nenhuma
consulta com dor ali</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value}%</translation>
    </message>
    <message>
        <source>Export pain map</source>
        <translation>Exportar mapa de dor</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagem PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>Não foi possível gravar {path}: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Salvo {path}</translation>
    </message>
</context>
<context>
    <name>HelpController</name>
    <message>
        <source>The folder is:
{folder}</source>
        <translation>A pasta é:
{folder}</translation>
    </message>
    <message>
        <source>The user guide is:
{page}</source>
        <translation>O guia do usuário está em:
{page}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Excluído</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Assinado</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Adendo</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>trigger point</source>
        <translation>ponto-gatilho</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>account</source>
        <translation>conta</translation>
    </message>
    <message>
        <source>left</source>
        <translation>esquerdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>direito</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>latent</source>
        <translation>latente</translation>
    </message>
    <message>
        <source>carried forward from</source>
        <translation>trazido de</translation>
    </message>
    <message>
        <source>carry-forward confirmed</source>
        <translation>transferência confirmada</translation>
    </message>
    <message>
        <source>chart number</source>
        <translation>número do prontuário</translation>
    </message>
    <message>
        <source>chief complaint</source>
        <translation>queixa principal</translation>
    </message>
    <message>
        <source>clinician</source>
        <translation>profissional</translation>
    </message>
    <message>
        <source>treating clinician</source>
        <translation>profissional responsável</translation>
    </message>
    <message>
        <source>created by</source>
        <translation>criado por</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>data de nascimento</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>profundidade</translation>
    </message>
    <message>
        <source>needling depth (mm)</source>
        <translation>profundidade do agulhamento (mm)</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>achados</translation>
    </message>
    <message>
        <source>intensity</source>
        <translation>intensidade</translation>
    </message>
    <message>
        <source>handout language</source>
        <translation>idioma do folheto</translation>
    </message>
    <message>
        <source>muscle</source>
        <translation>músculo</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>needle size</source>
        <translation>tamanho da agulha</translation>
    </message>
    <message>
        <source>needled</source>
        <translation>agulhado</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>observações</translation>
    </message>
    <message>
        <source>overall pain</source>
        <translation>dor geral</translation>
    </message>
    <message>
        <source>outline</source>
        <translation>contorno</translation>
    </message>
    <message>
        <source>pressure pain</source>
        <translation>dor à pressão</translation>
    </message>
    <message>
        <source>pain quality</source>
        <translation>qualidade da dor</translation>
    </message>
    <message>
        <source>region</source>
        <translation>região</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>regiões</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <source>side</source>
        <translation>lado</translation>
    </message>
    <message>
        <source>sides</source>
        <translation>lados</translation>
    </message>
    <message>
        <source>signed at</source>
        <translation>assinado em</translation>
    </message>
    <message>
        <source>signed by</source>
        <translation>assinado por</translation>
    </message>
    <message>
        <source>signed by (account)</source>
        <translation>assinado por (conta)</translation>
    </message>
    <message>
        <source>site</source>
        <translation>ponto</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>data e hora</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>trigger points</source>
        <translation>pontos-gatilho</translation>
    </message>
    <message>
        <source>twitch responses</source>
        <translation>respostas de contração local</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versão</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vista</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>zonas</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nome de usuário</translation>
    </message>
    <message>
        <source>no visible change</source>
        <translation>nenhuma alteração visível</translation>
    </message>
    <message>
        <source>Visit history (audit trail)</source>
        <translation>Histórico da consulta (trilha de auditoria)</translation>
    </message>
    <message>
        <source>Every change to this visit, who made it and when. The trail cannot be edited.</source>
        <translation>Cada alteração desta consulta, quem a fez e quando. A trilha não pode ser editada.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quem</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import clinic diagram</source>
        <translation>Importar diagrama da clínica</translation>
    </message>
    <message>
        <source>A PNG or JPEG image of the diagram</source>
        <translation>Uma imagem PNG ou JPEG do diagrama</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Arquivo de imagem</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Diagram view</source>
        <translation>Vista do diagrama</translation>
    </message>
    <message>
        <source>The image must show the same view as the built-in diagram (same side facing the viewer). Next you click its landmarks so charting on it lands on the right regions.</source>
        <translation>A imagem deve mostrar a mesma vista do diagrama integrado (o mesmo lado voltado para quem olha). Em seguida, você clica nos pontos de referência para que os registros caiam nas regiões certas.</translation>
    </message>
    <message>
        <source>Import and calibrate…</source>
        <translation>Importar e calibrar…</translation>
    </message>
    <message>
        <source>Choose the diagram image</source>
        <translation>Escolher a imagem do diagrama</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Imagens (*.png *.jpg *.jpeg);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose an image file.</source>
        <translation>Escolha um arquivo de imagem.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Patient&apos;s left</source>
        <translation>Lado esquerdo do paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s right</source>
        <translation>Lado direito do paciente</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Esquerdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Direito</translation>
    </message>
    <message>
        <source>Unlabelled site</source>
        <translation>Local sem nome</translation>
    </message>
    <message>
        <source>(carried forward — confirm or remove)</source>
        <translation>(trazido da consulta anterior: confirmar ou remover)</translation>
    </message>
    <message>
        <source>nearest reference site {site}</source>
        <translation>ponto de referência mais próximo {site}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>e mais {count}</translation>
    </message>
    <message>
        <source>Pain zone</source>
        <translation>Zona de dor</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>Sem região</translation>
    </message>
    <message>
        <source>{side}{place} ({status})</source>
        <translation>{side}{place} ({status})</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>não avaliado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>latent</source>
        <translation>latente</translation>
    </message>
    <message>
        <source>Re-examined at this visit and still present: keep it as a finding of this visit.</source>
        <translation>Reexaminado nesta consulta e ainda presente: manter como achado desta consulta.</translation>
    </message>
</context>
<context>
    <name>KeyboardCharting</name>
    <message>
        <source>Body diagram, {view}</source>
        <translation>Diagrama corporal, {view}</translation>
    </message>
    <message>
        <source>Arrow keys move the crosshair; Enter places a trigger point.</source>
        <translation>As setas movem a mira; Enter marca um ponto-gatilho.</translation>
    </message>
    <message>
        <source>Placed {description}</source>
        <translation>Marcado: {description}</translation>
    </message>
    <message>
        <source>Not moved: that would leave the body outline.</source>
        <translation>Não movido: ficaria fora do contorno do corpo.</translation>
    </message>
    <message>
        <source>Nothing to erase here</source>
        <translation>Nada a apagar aqui</translation>
    </message>
    <message>
        <source>An outline needs three corners; it has {count}</source>
        <translation>Um contorno precisa de três vértices; ele tem {count}</translation>
    </message>
    <message>
        <source>Zone stored: {zone}</source>
        <translation>Zona salva: {zone}</translation>
    </message>
    <message>
        <source>Outline cancelled</source>
        <translation>Contorno cancelado</translation>
    </message>
    <message>
        <source>Selected: {mark}</source>
        <translation>Selecionado: {mark}</translation>
    </message>
    <message numerus="yes">
        <source>Outline, %n corner(s); crosshair: {place}</source>
        <translation>
            <numerusform>Contorno, %n vértice; mira: {place}</numerusform>
            <numerusform>Contorno, %n vértices; mira: {place}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Language (after restart)</source>
        <translation>Idioma (após reiniciar)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>bodymap will use {language} the next time it starts.</source>
        <translation>O bodymap usará {language} na próxima vez que for iniciado.</translation>
    </message>
</context>
<context>
    <name>LegendWidget</name>
    <message>
        <source>Key to the symbols and colours on the diagrams. Left and right are the patient&apos;s own left and right.</source>
        <translation>Legenda dos símbolos e cores dos diagramas. Esquerda e direita são as do próprio paciente.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>bodymap is locked</source>
        <translation>O bodymap está bloqueado</translation>
    </message>
    <message>
        <source>Patient data is hidden. Sign in to continue charting.</source>
        <translation>Os dados dos pacientes estão ocultos. Entre para continuar o registro.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;Consulta</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>E&amp;volução</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>&amp;Clinician</source>
        <translation>&amp;Profissional</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Camadas</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation>Novo paciente…</translation>
    </message>
    <message>
        <source>Edit patient…</source>
        <translation>Editar paciente…</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>Nova consulta…</translation>
    </message>
    <message>
        <source>Visit details…</source>
        <translation>Dados da consulta…</translation>
    </message>
    <message>
        <source>Sign visit…</source>
        <translation>Assinar…</translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation>Adicionar adendo…</translation>
    </message>
    <message>
        <source>History (audit trail)…</source>
        <translation>Histórico (trilha de auditoria)…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Export visit…</source>
        <translation>Exportar consulta…</translation>
    </message>
    <message>
        <source>PDF, PNG, CSV, JSON or FHIR of the open visit</source>
        <translation>PDF, PNG, CSV, JSON ou FHIR da consulta aberta</translation>
    </message>
    <message>
        <source>Export handouts…</source>
        <translation>Exportar folhetos para pacientes…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Page setup…</source>
        <translation>Configurar página…</translation>
    </message>
    <message>
        <source>Clinic settings…</source>
        <translation>Configurações da clínica…</translation>
    </message>
    <message>
        <source>Import clinic diagram…</source>
        <translation>Importar diagrama da clínica…</translation>
    </message>
    <message>
        <source>Use clinic diagram…</source>
        <translation>Usar diagrama da clínica…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message>
        <source>A dated copy of the database in its backup folder</source>
        <translation>Uma cópia datada do banco de dados na pasta de backups</translation>
    </message>
    <message>
        <source>Backups on another disk…</source>
        <translation>Backups em outro disco…</translation>
    </message>
    <message>
        <source>A USB disk or network folder that receives a copy of every backup</source>
        <translation>Um disco USB ou pasta de rede que recebe uma cópia de cada backup</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar de um backup…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reduzir</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Compare visits…</source>
        <translation>Comparar consultas…</translation>
    </message>
    <message>
        <source>Progress chart…</source>
        <translation>Gráfico de evolução…</translation>
    </message>
    <message>
        <source>Clinic pain map…</source>
        <translation>Mapa de dor da clínica…</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Redefinir layout</translation>
    </message>
    <message>
        <source>Put the panels back where they start</source>
        <translation>Devolve os painéis à posição inicial</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>Bloquear tela</translation>
    </message>
    <message>
        <source>Switch clinician…</source>
        <translation>Trocar de profissional…</translation>
    </message>
    <message>
        <source>Accounts and security…</source>
        <translation>Contas e segurança…</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir pasta de dados</translation>
    </message>
    <message>
        <source>The folder of the database and its backups</source>
        <translation>A pasta do banco de dados e seus backups</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir pasta de logs</translation>
    </message>
    <message>
        <source>bodymap&apos;s log files and crash reports</source>
        <translation>Arquivos de log e relatórios de falhas do bodymap</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guia do usuário</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>About bodymap</source>
        <translation>Sobre o bodymap</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Contorno</translation>
    </message>
    <message>
        <source>Surface regions</source>
        <translation>Regiões de superfície</translation>
    </message>
    <message>
        <source>Muscles (superficial)</source>
        <translation>Músculos (superficiais)</translation>
    </message>
    <message>
        <source>Deep muscles</source>
        <translation>Músculos profundos</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Pontos de referência</translation>
    </message>
    <message>
        <source>Muscle and region names</source>
        <translation>Nomes de músculos e regiões</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Rótulos</translation>
    </message>
    <message>
        <source>Muscle fibre direction</source>
        <translation>Direção das fibras musculares</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Light or dark as the system&apos;s colours are</source>
        <translation>Claro ou escuro conforme as cores do sistema</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>Texto escuro sobre fundo claro</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation>Texto claro sobre fundo escuro</translation>
    </message>
    <message>
        <source>Pen pressure sets</source>
        <translation>A pressão da caneta define</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>Largura do pincel</translation>
    </message>
    <message>
        <source>Zone intensity</source>
        <translation>Intensidade da zona</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Select / move</source>
        <translation>Selecionar</translation>
    </message>
    <message>
        <source>Trigger point</source>
        <translation>Ponto-gatilho</translation>
    </message>
    <message>
        <source>Zone brush</source>
        <translation>Pincel de zona</translation>
    </message>
    <message>
        <source>Zone polygon</source>
        <translation>Polígono de zona</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Borracha</translation>
    </message>
    <message>
        <source>Precaution area</source>
        <translation>Precaução</translation>
    </message>
    <message>
        <source>draw a place not to needle, shown at every visit</source>
        <translation>desenhe um local onde não agulhar, mostrado em todas as consultas</translation>
    </message>
    <message>
        <source>Patients and visits</source>
        <translation>Pacientes e consultas</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspetor</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugestões</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referência</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Ferramentas</translation>
    </message>
    <message>
        <source>New-mark defaults</source>
        <translation>Padrões de novas marcas</translation>
    </message>
    <message>
        <source>bodymap — trigger-point charting</source>
        <translation>bodymap — registro de pontos-gatilho</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>Nenhum paciente selecionado</translation>
    </message>
    <message>
        <source>Choose or create a patient on the left.</source>
        <translation>Escolha ou crie um paciente à esquerda.</translation>
    </message>
    <message>
        <source>born {date} ({age} y)</source>
        <translation>nascido(a) em {date} ({age} anos)</translation>
    </message>
    <message>
        <source>date of birth unknown</source>
        <translation>data de nascimento desconhecida</translation>
    </message>
    <message>
        <source>chart {number}</source>
        <translation>prontuário {number}</translation>
    </message>
    <message>
        <source>No visit open</source>
        <translation>Nenhuma consulta aberta</translation>
    </message>
    <message>
        <source>Visit {when}</source>
        <translation>Consulta {when}</translation>
    </message>
    <message>
        <source>Treated by {name}</source>
        <translation>Atendido(a) por {name}</translation>
    </message>
    <message>
        <source>No treating clinician yet</source>
        <translation>Ainda sem profissional responsável</translation>
    </message>
    <message>
        <source>Signed by {name}</source>
        <translation>Assinado por {name}</translation>
    </message>
    <message>
        <source>SIGNED</source>
        <translation>ASSINADA</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>RASCUNHO</translation>
    </message>
    <message>
        <source>Signed — read only</source>
        <translation>Assinada — somente leitura</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todas as alterações salvas</translation>
    </message>
    <message>
        <source>Database connection lost — retrying…</source>
        <translation>Conexão com o banco de dados perdida — tentando novamente…</translation>
    </message>
    <message>
        <source>Addendum saved.</source>
        <translation>Adendo salvo.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Consultas</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Novo paciente</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nova consulta</translation>
    </message>
    <message>
        <source>Search name or chart number…</source>
        <translation>Buscar nome ou número do prontuário…</translation>
    </message>
    <message>
        <source>New point:</source>
        <translation>Novo ponto:</translation>
    </message>
    <message>
        <source>New zone:</source>
        <translation>Nova zona:</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensidade</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profundidade</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pincel</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <source>Latent</source>
        <translation>Latente</translation>
    </message>
    <message>
        <source>Aching</source>
        <translation>Dolorido</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>Queimação</translation>
    </message>
    <message>
        <source>Stabbing</source>
        <translation>Pontada</translation>
    </message>
    <message>
        <source>Pins and needles</source>
        <translation>Formigamento</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Dormência</translation>
    </message>
    <message>
        <source>Throbbing</source>
        <translation>Latejante</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Superficial</source>
        <translation>Superficial</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>Profundo</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>Referred from</source>
        <translation>Referida de</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Achados</translation>
    </message>
    <message>
        <source>Pressure pain</source>
        <translation>Dor à pressão</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Agulha</translation>
    </message>
    <message>
        <source>Twitches</source>
        <translation>Contrações</translation>
    </message>
    <message>
        <source>Taut band</source>
        <translation>Banda tensa</translation>
    </message>
    <message>
        <source>Spot tenderness</source>
        <translation>Sensibilidade pontual</translation>
    </message>
    <message>
        <source>Pain recognition</source>
        <translation>Reconhecimento da dor</translation>
    </message>
    <message>
        <source>Local twitch response</source>
        <translation>Resposta de contração local</translation>
    </message>
    <message>
        <source>Referred pain reproduced</source>
        <translation>Dor referida reproduzida</translation>
    </message>
    <message>
        <source>Needled</source>
        <translation>Agulhado</translation>
    </message>
    <message>
        <source>Confirm carried-forward mark</source>
        <translation>Confirmar marca trazida</translation>
    </message>
    <message>
        <source>Select a trigger point or a zone to see and edit its findings.

T places a trigger point, B paints a zone, P draws a zone polygon.</source>
        <translation>Selecione um ponto-gatilho ou uma zona para ver e editar seus achados.

T marca um ponto-gatilho, B pinta uma zona, P desenha um polígono de zona.</translation>
    </message>
    <message>
        <source>DOB unknown</source>
        <translation>Nascimento desconhecido</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>assinada</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>rascunho</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Sessão iniciada: {name}</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nova conta</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profissional</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Senha inicial</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Female</source>
        <translation>Feminino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Não registrado</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Editar paciente</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Novo paciente</translation>
    </message>
    <message>
        <source>Given name and family name</source>
        <translation>Nome e sobrenome</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecida</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>As the program (no preference)</source>
        <translation>Como o programa (sem preferência)</translation>
    </message>
    <message>
        <source>The patient&apos;s copy of the handout is printed in this language</source>
        <translation>A cópia do paciente é impressa neste idioma</translation>
    </message>
    <message>
        <source>Chart number</source>
        <translation>Número do prontuário</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data de nascimento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Idioma do folheto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Date of birth not recorded</source>
        <translation>Data de nascimento não registrada</translation>
    </message>
    <message>
        <source>Read as {date} (age {age})</source>
        <translation>Lido como {date} ({age} anos)</translation>
    </message>
    <message>
        <source>Choose the patient&apos;s sex, or &quot;Not recorded&quot;.</source>
        <translation>Escolha o sexo do paciente, ou “Não registrado”.</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>nascido(a) em {date}</translation>
    </message>
    <message>
        <source>date of birth unknown</source>
        <translation>data de nascimento desconhecida</translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…e mais {n}</translation>
    </message>
    <message>
        <source>Is this the same person?</source>
        <translation>É a mesma pessoa?</translation>
    </message>
    <message>
        <source>Already on record with this name and date of birth:</source>
        <translation>Já registrados com este nome e data de nascimento:</translation>
    </message>
    <message>
        <source>Is the patient you are saving one of them?</source>
        <translation>O paciente que você está salvando é um deles?</translation>
    </message>
    <message>
        <source>Same person: open {chart}</source>
        <translation>Mesma pessoa: abrir {chart}</translation>
    </message>
    <message>
        <source>A different person: save</source>
        <translation>Outra pessoa: salvar</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Voltar</translation>
    </message>
</context>
<context>
    <name>PatientPanel</name>
    <message numerus="yes">
        <source>%n trigger point(s)</source>
        <translation>
            <numerusform>%n ponto-gatilho</numerusform>
            <numerusform>%n pontos-gatilho</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation>
            <numerusform>%n zona</numerusform>
            <numerusform>%n zonas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrecautionAreas</name>
    <message>
        <source>left</source>
        <translation>lado esquerdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>lado direito</translation>
    </message>
    <message>
        <source>both</source>
        <translation>ambos os lados</translation>
    </message>
    <message>
        <source>{kind} ({side})</source>
        <translation>{kind} ({side})</translation>
    </message>
    <message>
        <source>{kind}: {note}</source>
        <translation>{kind}: {note}</translation>
    </message>
</context>
<context>
    <name>PrecautionDialog</name>
    <message>
        <source>Lymphoedema</source>
        <translation>Linfedema</translation>
    </message>
    <message>
        <source>Surgical site</source>
        <translation>Local cirúrgico</translation>
    </message>
    <message>
        <source>Broken skin</source>
        <translation>Pele lesionada</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infecção</translation>
    </message>
    <message>
        <source>Implant</source>
        <translation>Implante</translation>
    </message>
    <message>
        <source>Tumour</source>
        <translation>Tumor</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Esquerdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Direito</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>Midline</source>
        <translation>Linha média</translation>
    </message>
    <message>
        <source>Precaution area</source>
        <translation>Área de precaução</translation>
    </message>
    <message>
        <source>e.g. axillary clearance 2019, do not needle the right arm</source>
        <translation>ex.: esvaziamento axilar 2019, não agulhar o braço direito</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Patient&apos;s side</source>
        <translation>Lado do paciente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>AdverseEvent</source>
        <translation>Evento adverso</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>DiagramTemplate</source>
        <translation>Diagrama da clínica</translation>
    </message>
    <message>
        <source>PainZone</source>
        <translation>Zona de dor</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>PrecautionArea</source>
        <translation>Área de precaução</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>TriggerPoint</source>
        <translation>Ponto-gatilho</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuário</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>{model} {id} does not exist.</source>
        <translation>{model} {id}: não existe.</translation>
    </message>
    <message>
        <source>Visit {id} does not exist.</source>
        <translation>A consulta {id} não existe.</translation>
    </message>
    <message>
        <source>This visit was changed on another workstation. It has been reloaded: please check it and repeat your last change.</source>
        <translation>Esta consulta foi alterada em outra estação de trabalho. Ela foi recarregada: verifique-a e repita sua última alteração.</translation>
    </message>
    <message>
        <source>This visit is signed and can no longer be changed.</source>
        <translation>Esta consulta está assinada e não pode mais ser alterada.</translation>
    </message>
    <message>
        <source>The database cannot be reached; nothing was changed. Check the connection and try again.</source>
        <translation>Não é possível acessar o banco de dados; nada foi alterado. Verifique a conexão e tente novamente.</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was changed.</source>
        <translation>O banco de dados recusou a alteração; nada foi alterado.</translation>
    </message>
    <message>
        <source>This patient&apos;s details were changed on another workstation. They have been reloaded: please check them and make your change again.</source>
        <translation>Os dados deste paciente foram alterados em outra estação de trabalho. Eles foram recarregados: verifique-os e faça sua alteração novamente.</translation>
    </message>
    <message>
        <source>Patient {id} does not exist.</source>
        <translation>O paciente {id} não existe.</translation>
    </message>
    <message>
        <source>Chart number {chart} is already in use.</source>
        <translation>O número do prontuário {chart} já está em uso.</translation>
    </message>
    <message>
        <source>No patient with chart number {chart}.</source>
        <translation>Nenhum paciente com o número do prontuário {chart}.</translation>
    </message>
    <message>
        <source>Marks can only be carried forward from the same patient.</source>
        <translation>As marcações só podem ser trazidas do mesmo paciente.</translation>
    </message>
    <message>
        <source>The treating clinician must be an active clinician account.</source>
        <translation>O profissional responsável deve ser uma conta de profissional ativa.</translation>
    </message>
    <message>
        <source>Addenda are for signed visits; a draft visit can be edited directly.</source>
        <translation>Adendos são para consultas assinadas; uma consulta em rascunho pode ser editada diretamente.</translation>
    </message>
    <message>
        <source>{path} is not a readable bodymap database (it may be damaged). It has not been changed. Restore the latest backup with `bodymap restore BACKUP` or choose another database with --database.</source>
        <translation>{path} não é um banco de dados do bodymap legível (pode estar danificado). Ele não foi alterado. Restaure o backup mais recente com `bodymap restore BACKUP` ou escolha outro banco de dados com --database.</translation>
    </message>
    <message>
        <source>the chain head: {kind} ({detail})</source>
        <translation>a cabeça da cadeia: {kind} ({detail})</translation>
    </message>
    <message>
        <source>row {row}: {kind} ({detail})</source>
        <translation>linha {row}: {kind} ({detail})</translation>
    </message>
    <message>
        <source>content changed</source>
        <translation>conteúdo alterado</translation>
    </message>
    <message>
        <source>row missing</source>
        <translation>linha ausente</translation>
    </message>
    <message>
        <source>link broken</source>
        <translation>vínculo rompido</translation>
    </message>
    <message>
        <source>not chained</source>
        <translation>não encadeada</translation>
    </message>
    <message>
        <source>chain head missing</source>
        <translation>falta a cabeça da cadeia</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>a linha {row}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>it has no hash: it was not written by bodymap</source>
        <translation>não tem hash: não foi gravada pelo bodymap</translation>
    </message>
    <message>
        <source>the row it follows, {row}, is not in the trail</source>
        <translation>a linha que ela segue, {row}, não está na trilha</translation>
    </message>
    <message>
        <source>it says it follows {said}, but it follows {follows}</source>
        <translation>diz que segue {said}, mas segue {follows}</translation>
    </message>
    <message>
        <source>its hash does not match its content</source>
        <translation>seu hash não corresponde ao seu conteúdo</translation>
    </message>
    <message>
        <source>its hash is not the one the chain head recorded</source>
        <translation>seu hash não é o que a cabeça da cadeia registrou</translation>
    </message>
    <message>
        <source>the chain head names it as the last row written, but it is not in the trail</source>
        <translation>a cabeça da cadeia a indica como a última linha gravada, mas ela não está na trilha</translation>
    </message>
    <message>
        <source>the expected head hash is not the hash of any row: the trail was rewritten or is not the one the hash was recorded from</source>
        <translation>o hash de cabeça esperado não é o hash de nenhuma linha: a trilha foi reescrita ou não é aquela da qual o hash foi registrado</translation>
    </message>
    <message>
        <source>table audit_chain has no row: it was deleted</source>
        <translation>a tabela audit_chain não tem linhas: foi apagada</translation>
    </message>
    <message>
        <source>The database cannot be reached. Check the connection and try again.</source>
        <translation>Não é possível acessar o banco de dados. Verifique a conexão e tente novamente.</translation>
    </message>
    <message>
        <source>The database could not answer the query.</source>
        <translation>O banco de dados não conseguiu responder à consulta.</translation>
    </message>
    <message>
        <source>There is no clinic diagram number {id}.</source>
        <translation>Não há diagrama da clínica número {id}.</translation>
    </message>
    <message>
        <source>The audit trail of this database does not verify at {where}.

The record of who changed what may have been altered outside bodymap. Charting still works and every change is still recorded. Tell whoever looks after the clinic&apos;s data: `bodymap audit --verify` checks the whole trail (see docs/SECURITY.md).</source>
        <translation>A trilha de auditoria deste banco de dados não se verifica em {where}.

O registro de quem alterou o quê pode ter sido modificado fora do bodymap. O registro clínico continua funcionando e cada alteração continua sendo registrada. Avise quem cuida dos dados da clínica: `bodymap audit --verify` verifica a trilha inteira (consulte docs/SECURITY.md).</translation>
    </message>
    <message>
        <source>The database {path} is on {where}.

SQLite databases are not safe on network shares: file locking there is unreliable, so two workstations using the file can damage it, and even one can lose its last changes. Keep the database on this computer&apos;s own disk (the default), or let several treatment rooms share a PostgreSQL server (docs/INSTALL.md).</source>
        <translation>O banco de dados {path} está em {where}.

Bancos de dados SQLite não são seguros em compartilhamentos de rede: o bloqueio de arquivos ali não é confiável, então duas estações de trabalho usando o arquivo podem danificá-lo, e mesmo uma só pode perder suas últimas alterações. Mantenha o banco de dados no disco próprio deste computador (o padrão), ou faça várias salas de atendimento compartilharem um servidor PostgreSQL (docs/INSTALL.md).</translation>
    </message>
    <message>
        <source>The audit trail&apos;s chain head (table audit_chain) is missing, so no change can be recorded. Run `bodymap audit --verify` and see docs/SECURITY.md.</source>
        <translation>Falta a cabeça da cadeia da trilha de auditoria (tabela audit_chain), então nenhuma alteração pode ser registrada. Execute `bodymap audit --verify` e consulte docs/SECURITY.md.</translation>
    </message>
    <message>
        <source>bodymap — database on a network share</source>
        <translation>bodymap — banco de dados em um compartilhamento de rede</translation>
    </message>
    <message>
        <source>the network share {share}</source>
        <translation>o compartilhamento de rede {share}</translation>
    </message>
    <message>
        <source>the network drive {drive}</source>
        <translation>a unidade de rede {drive}</translation>
    </message>
    <message>
        <source>a {kind} network file system at {point} ({source})</source>
        <translation>um sistema de arquivos de rede {kind} em {point} ({source})</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>DIFERENTE</translation>
    </message>
    <message>
        <source>Copied {rows} rows in {tables} tables from {source} to {target} in {seconds} s ({rate} rows/s); every table checked.</source>
        <translation>{rows} linhas copiadas em {tables} tabelas de {source} para {target} em {seconds} s ({rate} linhas/s); todas as tabelas verificadas.</translation>
    </message>
    <message>
        <source>The copy differs from the source in: {tables}. Nothing was kept in {target}.</source>
        <translation>A cópia difere da origem em: {tables}. Nada foi mantido em {target}.</translation>
    </message>
    <message>
        <source>The copy to {target} failed, so nothing was kept there: {reason}</source>
        <translation>A cópia para {target} falhou, então nada foi mantido lá: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the target database {target}: {reason}</source>
        <translation>Não é possível ler o banco de dados de destino {target}: {reason}</translation>
    </message>
</context>
<context>
    <name>ReferenceBrowser</name>
    <message>
        <source>same side as the trigger point (ipsilateral)</source>
        <translation>mesmo lado do ponto-gatilho (ipsilateral)</translation>
    </message>
    <message>
        <source>opposite side to the trigger point (contralateral)</source>
        <translation>lado oposto ao ponto-gatilho (contralateral)</translation>
    </message>
    <message>
        <source>both sides (bilateral)</source>
        <translation>ambos os lados (bilateral)</translation>
    </message>
    <message>
        <source>High confidence</source>
        <translation>Confiança alta</translation>
    </message>
    <message>
        <source>Moderate confidence</source>
        <translation>Confiança moderada</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Confiança baixa</translation>
    </message>
    <message>
        <source>words found in several fields</source>
        <translation>palavras encontradas em vários campos</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primária</translation>
    </message>
    <message>
        <source>Spillover</source>
        <translation>Transbordamento</translation>
    </message>
    <message>
        <source>Trigger points</source>
        <translation>Pontos-gatilho</translation>
    </message>
    <message>
        <source>Associated conditions</source>
        <translation>Condições associadas</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Referral pattern&lt;/b&gt; — pain goes to the {rule}</source>
        <translation>&lt;b&gt;Padrão de dor referida&lt;/b&gt;; lado da dor: {rule}</translation>
    </message>
    <message>
        <source>Muscle, body area or condition…</source>
        <translation>Músculo, região do corpo ou condição…</translation>
    </message>
    <message>
        <source>Patient&apos;s R</source>
        <translation>D do paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s L</source>
        <translation>E do paciente</translation>
    </message>
    <message>
        <source>Side of the trigger point (the patient&apos;s side)</source>
        <translation>Lado do ponto-gatilho (lado do paciente)</translation>
    </message>
    <message>
        <source>Show on view</source>
        <translation>Mostrar na vista</translation>
    </message>
    <message>
        <source>Switch to a view where this pattern is visible</source>
        <translation>Mudar para uma vista em que este padrão apareça</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide the referral overlay</source>
        <translation>Ocultar a sobreposição da dor referida</translation>
    </message>
    <message numerus="yes">
        <source>%n muscles, best match first</source>
        <translation>
            <numerusform>%n músculo, melhor correspondência primeiro</numerusform>
            <numerusform>%n músculos, melhor correspondência primeiro</numerusform>
        </translation>
    </message>
    <message>
        <source>No match: try a body area or a condition.</source>
        <translation>Nenhum resultado: tente uma região do corpo ou uma condição.</translation>
    </message>
    <message>
        <source>No referral overlay shown.</source>
        <translation>Nenhuma sobreposição de dor referida exibida.</translation>
    </message>
    <message>
        <source>selected TrP</source>
        <translation>PG selecionado</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>sugestão</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>Overlay: {muscle} ({side}) · from {source}</source>
        <translation>Sobreposição: {muscle} ({side}) · de {source}</translation>
    </message>
    <message>
        <source>On the views: solid cyan = primary zone, hatched = spillover zone, crosshair circles = trigger-point sites.</source>
        <translation>Nas vistas: ciano sólido = zona primária, hachurado = zona de transbordamento, círculos com mira = locais dos pontos-gatilho.</translation>
    </message>
</context>
<context>
    <name>ReloadBar</name>
    <message>
        <source>This visit was changed on another workstation.</source>
        <translation>Esta consulta foi alterada em outra estação.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recarregar</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar de um backup</translation>
    </message>
    <message>
        <source>Backups in {folder}:</source>
        <translation>Backups em {folder}:</translation>
    </message>
    <message>
        <source>Another file (a USB disk, a copy)…</source>
        <translation>Outro arquivo (um disco USB, uma cópia)…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurar de um arquivo de backup</translation>
    </message>
    <message>
        <source>bodymap backups (*.sqlite3);;All files (*)</source>
        <translation>Backups do bodymap (*.sqlite3);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>SafetyCautions</name>
    <message>
        <source>This point lies over the thorax. A needle through the chest wall can cause a pneumothorax.
Needle tangentially or onto a rib (pincer grip, fingers on the intercostal spaces), use a needle no longer than the depth you need, and watch for shortness of breath, chest pain or a dry cough afterwards.</source>
        <translation>Este ponto fica sobre o tórax. Uma agulha que atravesse a parede torácica pode causar pneumotórax.
Agulhe tangencialmente ou em direção a uma costela (pinça, dedos sobre os espaços intercostais), use uma agulha não mais longa que a profundidade necessária e observe depois falta de ar, dor torácica ou tosse seca.</translation>
    </message>
    <message>
        <source>left</source>
        <translation>esquerdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>direito</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>linha média</translation>
    </message>
    <message>
        <source>Needling over the thorax</source>
        <translation>Agulhamento sobre o tórax</translation>
    </message>
    <message>
        <source>Acknowledging records your name and the time on this trigger point.</source>
        <translation>Ao confirmar, seu nome e o horário ficam registrados neste ponto-gatilho.</translation>
    </message>
    <message>
        <source>I acknowledge the caution</source>
        <translation>Confirmo o alerta</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Thorax caution not acknowledged: the visit cannot be signed until it is.</source>
        <translation>Alerta torácico não confirmado: a consulta só pode ser assinada depois da confirmação.</translation>
    </message>
    <message>
        <source>Precaution area</source>
        <translation>Área de precaução</translation>
    </message>
    <message>
        <source>This trigger point was marked as needled inside a precaution area of this patient:
{areas}

Keep it only if needling here is safe; the warning and your acknowledgement are recorded.</source>
        <translation>Este ponto-gatilho foi marcado como agulhado dentro de uma área de precaução deste paciente:
{areas}

Mantenha-o somente se for seguro agulhar aqui; o alerta e sua confirmação ficam registrados.</translation>
    </message>
    <message>
        <source>This trigger point was placed inside a precaution area of this patient:
{areas}

Keep it only if needling here is safe; the warning and your acknowledgement are recorded.</source>
        <translation>Este ponto-gatilho foi colocado dentro de uma área de precaução deste paciente:
{areas}

Mantenha-o somente se for seguro agulhar aqui; o alerta e sua confirmação ficam registrados.</translation>
    </message>
    <message>
        <source>Keep and acknowledge</source>
        <translation>Manter e confirmar</translation>
    </message>
    <message>
        <source>Remove the point</source>
        <translation>Remover o ponto</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <source>Dock again</source>
        <translation>Acoplar novamente</translation>
    </message>
    <message>
        <source>Open in a window</source>
        <translation>Abrir em uma janela</translation>
    </message>
    <message>
        <source>Remove precaution area</source>
        <translation>Remover área de precaução</translation>
    </message>
    <message>
        <source>Remove this precaution area from every visit of the patient?</source>
        <translation>Remover esta área de precaução de todas as consultas do paciente?</translation>
    </message>
    <message>
        <source>No earlier health screen for this patient.</source>
        <translation>Não há triagem de saúde anterior deste paciente.</translation>
    </message>
    <message>
        <source>Answers copied from the screen reviewed {when} — change what differs, then press “Reviewed with the patient”.</source>
        <translation>Respostas copiadas da triagem revisada em {when} — altere o que for diferente e clique em “Revisado com o paciente”.</translation>
    </message>
    <message>
        <source>Save consent form</source>
        <translation>Salvar o formulário de consentimento</translation>
    </message>
    <message>
        <source>Could not save the consent form: {error}</source>
        <translation>Não foi possível salvar o formulário de consentimento: {error}</translation>
    </message>
    <message>
        <source>Possible pneumothorax</source>
        <translation>Possível pneumotórax</translation>
    </message>
    <message>
        <source>Delete adverse event</source>
        <translation>Excluir evento adverso</translation>
    </message>
    <message>
        <source>Delete this adverse event?</source>
        <translation>Excluir este evento adverso?</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>Consent</source>
        <translation>Consentimento</translation>
    </message>
    <message>
        <source>Needle count</source>
        <translation>Contagem de agulhas</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registrar o consentimento…</translation>
    </message>
    <message>
        <source>Consent form (PDF)…</source>
        <translation>Termo de consentimento (PDF)…</translation>
    </message>
    <message>
        <source>Details / withdraw…</source>
        <translation>Detalhes / revogar…</translation>
    </message>
    <message>
        <source>Needled point</source>
        <translation>Ponto agulhado</translation>
    </message>
    <message>
        <source>Needles</source>
        <translation>Agulhas</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Passagens</translation>
    </message>
    <message>
        <source>Thorax</source>
        <translation>Tórax</translation>
    </message>
    <message>
        <source>Selected trigger point</source>
        <translation>Ponto-gatilho selecionado</translation>
    </message>
    <message>
        <source>Select a trigger point on the diagram.</source>
        <translation>Selecione um ponto-gatilho no diagrama.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>não registrado</translation>
    </message>
    <message>
        <source>Save needles</source>
        <translation>Salvar agulhas</translation>
    </message>
    <message>
        <source>Acknowledge thorax caution…</source>
        <translation>Confirmar o alerta do tórax…</translation>
    </message>
    <message>
        <source>Count-out</source>
        <translation>Contagem final</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>não contadas</translation>
    </message>
    <message>
        <source>Needed when the numbers differ</source>
        <translation>Necessária quando os números diferem</translation>
    </message>
    <message>
        <source>Save count</source>
        <translation>Salvar contagem</translation>
    </message>
    <message>
        <source>Inserted (needled points)</source>
        <translation>Inseridas (pontos agulhados)</translation>
    </message>
    <message>
        <source>Removed (counted out)</source>
        <translation>Retiradas (contadas)</translation>
    </message>
    <message>
        <source>Discrepancy note</source>
        <translation>Nota de discrepância</translation>
    </message>
    <message>
        <source>Immediate response</source>
        <translation>Resposta imediata</translation>
    </message>
    <message>
        <source>e.g. cervical rotation right 60° → 75°</source>
        <translation>ex.: rotação cervical à direita 60° → 75°</translation>
    </message>
    <message>
        <source>Save response</source>
        <translation>Salvar resposta</translation>
    </message>
    <message>
        <source>Pain before (visit)</source>
        <translation>Dor antes (consulta)</translation>
    </message>
    <message>
        <source>Pain after treatment</source>
        <translation>Dor após o tratamento</translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation>Amplitude de movimento</translation>
    </message>
    <message>
        <source>Adverse events and near misses</source>
        <translation>Eventos adversos e quase incidentes</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>After-care text for the handout…</source>
        <translation>Texto de cuidados após o tratamento para o folheto…</translation>
    </message>
    <message>
        <source>  — cannot sign yet</source>
        <translation>  — ainda não pode ser assinada</translation>
    </message>
    <message>
        <source>Counted by {name}</source>
        <translation>Contado por {name}</translation>
    </message>
    <message>
        <source>✔ ack.</source>
        <translation>✔ confirmado</translation>
    </message>
    <message>
        <source>⚠ not ack.</source>
        <translation>⚠ não confirmado</translation>
    </message>
    <message>
        <source>* not recorded: counts as one needle</source>
        <translation>* não registrado: conta como uma agulha</translation>
    </message>
    <message numerus="yes">
        <source>%n needle(s) inserted but the needles removed have not been counted.</source>
        <translation>
            <numerusform>%n agulha inserida, mas as agulhas retiradas não foram contadas.</numerusform>
            <numerusform>%n agulhas inseridas, mas as agulhas retiradas não foram contadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needle count does not reconcile: {inserted} inserted, {removed} removed. Find the missing needle(s) or document the discrepancy in a note.</source>
        <translation>A contagem de agulhas não confere: {inserted} inseridas, {removed} retiradas. Encontre a(s) agulha(s) que falta(m) ou documente a discrepância em uma nota.</translation>
    </message>
    <message>
        <source>The thorax caution for {point} has not been acknowledged.</source>
        <translation>O alerta do tórax para {point} não foi confirmado.</translation>
    </message>
    <message>
        <source>Onset: {onset}</source>
        <translation>Início: {onset}</translation>
    </message>
    <message>
        <source>Action: {action}</source>
        <translation>Conduta: {action}</translation>
    </message>
    <message>
        <source>{place} — not needled</source>
        <translation>{place} — não agulhado</translation>
    </message>
    <message>
        <source>Not needled</source>
        <translation>Não agulhado</translation>
    </message>
    <message>
        <source>Thorax caution acknowledged by {name}, {when}.</source>
        <translation>Alerta do tórax confirmado por {name}, {when}.</translation>
    </message>
    <message>
        <source>Over the thorax: the caution has not been acknowledged.</source>
        <translation>Sobre o tórax: o alerta não foi confirmado.</translation>
    </message>
</context>
<context>
    <name>SafetyScreen</name>
    <message>
        <source>Anticoagulant or antiplatelet medication, or a bleeding disorder</source>
        <translation>Medicação anticoagulante ou antiplaquetária, ou distúrbio de coagulação</translation>
    </message>
    <message>
        <source>Bleeding and bruising; firm pressure after each needle, avoid deep sites that cannot be compressed.</source>
        <translation>Sangramento e hematomas; pressão firme após cada agulha, evitar locais profundos que não possam ser comprimidos.</translation>
    </message>
    <message>
        <source>Pregnancy (or possibly pregnant)</source>
        <translation>Gravidez (ou possível gravidez)</translation>
    </message>
    <message>
        <source>Avoid the abdomen, lumbosacral area and points traditionally linked to labour; fainting risk is higher.</source>
        <translation>Evitar o abdome, a região lombossacral e os pontos tradicionalmente associados ao trabalho de parto; maior risco de desmaio.</translation>
    </message>
    <message>
        <source>Needle phobia or strong fear of needles</source>
        <translation>Fobia de agulhas ou medo intenso de agulhas</translation>
    </message>
    <message>
        <source>Consent cannot be free and fainting is likely.</source>
        <translation>O consentimento não pode ser livre e o desmaio é provável.</translation>
    </message>
    <message>
        <source>Lymphoedema or lymph nodes removed (which side?)</source>
        <translation>Linfedema ou linfonodos retirados (qual lado?)</translation>
    </message>
    <message>
        <source>Infection (cellulitis) risk: do not needle the affected limb or quadrant.</source>
        <translation>Risco de infecção (celulite): não agulhar o membro ou quadrante afetado.</translation>
    </message>
    <message>
        <source>Infection, broken skin or skin disease at the treatment site</source>
        <translation>Infecção, pele lesionada ou doença de pele no local de tratamento</translation>
    </message>
    <message>
        <source>Do not needle through infected or broken skin.</source>
        <translation>Não agulhar através de pele infectada ou lesionada.</translation>
    </message>
    <message>
        <source>Recent surgery near the treatment site</source>
        <translation>Cirurgia recente perto do local de tratamento</translation>
    </message>
    <message>
        <source>Healing tissue, implants and altered anatomy: avoid the surgical field.</source>
        <translation>Tecido em cicatrização, implantes e anatomia alterada: evitar o campo cirúrgico.</translation>
    </message>
    <message>
        <source>Metal allergy (e.g. nickel, chromium)</source>
        <translation>Alergia a metais (ex.: níquel, cromo)</translation>
    </message>
    <message>
        <source>Use needles the patient is not allergic to, or do not needle.</source>
        <translation>Usar agulhas às quais o paciente não seja alérgico, ou não agulhar.</translation>
    </message>
    <message>
        <source>Impaired immunity (immunosuppressants, chemotherapy, HIV)</source>
        <translation>Imunidade comprometida (imunossupressores, quimioterapia, HIV)</translation>
    </message>
    <message>
        <source>Infection risk; strict asepsis.</source>
        <translation>Risco de infecção; assepsia rigorosa.</translation>
    </message>
    <message>
        <source>Diabetes with poor healing or reduced sensation</source>
        <translation>Diabetes com má cicatrização ou sensibilidade reduzida</translation>
    </message>
    <message>
        <source>Slow healing and infection risk; reduced feedback from the patient.</source>
        <translation>Cicatrização lenta e risco de infecção; menor retorno do paciente.</translation>
    </message>
    <message>
        <source>Epilepsy or seizures</source>
        <translation>Epilepsia ou convulsões</translation>
    </message>
    <message>
        <source>A seizure with needles in place; treat lying down, fewer needles.</source>
        <translation>Uma convulsão com as agulhas inseridas; tratar deitado, menos agulhas.</translation>
    </message>
    <message>
        <source>Pacemaker or other implanted electrical device (if electrical stimulation is considered)</source>
        <translation>Marca-passo ou outro dispositivo elétrico implantado (se for considerada eletroestimulação)</translation>
    </message>
    <message>
        <source>No electrical stimulation through needles near or across the device.</source>
        <translation>Sem eletroestimulação por agulhas perto do dispositivo ou através dele.</translation>
    </message>
    <message>
        <source>Breast or other implant near the treatment site</source>
        <translation>Implante mamário ou outro implante perto do local de tratamento</translation>
    </message>
    <message>
        <source>An implant can be punctured: avoid needling over it.</source>
        <translation>Um implante pode ser perfurado: evitar agulhar sobre ele.</translation>
    </message>
    <message>
        <source>Lung disease (emphysema, COPD) or a previous pneumothorax</source>
        <translation>Doença pulmonar (enfisema, DPOC) ou pneumotórax prévio</translation>
    </message>
    <message>
        <source>Hyperinflated lungs lie closer to the surface: higher pneumothorax risk over the thorax.</source>
        <translation>Pulmões hiperinsuflados ficam mais próximos da superfície: maior risco de pneumotórax sobre o tórax.</translation>
    </message>
    <message>
        <source>History of fainting (vasovagal reactions)</source>
        <translation>Histórico de desmaios (reações vasovagais)</translation>
    </message>
    <message>
        <source>Treat lying down and watch the patient.</source>
        <translation>Tratar deitado e observar o paciente.</translation>
    </message>
    <message>
        <source>Active cancer, or a tumour near the treatment site</source>
        <translation>Câncer ativo ou tumor perto do local de tratamento</translation>
    </message>
    <message>
        <source>Do not needle into or near a tumour; check with the oncology team.</source>
        <translation>Não agulhar dentro ou perto de um tumor; consultar a equipe de oncologia.</translation>
    </message>
    <message>
        <source>Unable to understand the treatment or give informed consent</source>
        <translation>Incapaz de compreender o tratamento ou de dar consentimento informado</translation>
    </message>
    <message>
        <source>Needling needs informed consent.</source>
        <translation>O agulhamento exige consentimento informado.</translation>
    </message>
    <message>
        <source>Unwell today (fever, acute illness) or under the influence of alcohol or drugs</source>
        <translation>Indisposto hoje (febre, doença aguda) ou sob efeito de álcool ou drogas</translation>
    </message>
    <message>
        <source>Postpone the treatment.</source>
        <translation>Adiar o tratamento.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Precaution</source>
        <translation>Precaução</translation>
    </message>
    <message>
        <source>Contraindication</source>
        <translation>Contraindicação</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Triagem</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>All no</source>
        <translation>Tudo não</translation>
    </message>
    <message>
        <source>Answer “No” to every item (and clear the notes), then change the few that differ</source>
        <translation>Responder “Não” a todos os itens (e apagar as observações); depois alterar os poucos que diferem</translation>
    </message>
    <message>
        <source>Copy last answers</source>
        <translation>Copiar as últimas respostas</translation>
    </message>
    <message>
        <source>Fill the form with the answers of the patient&apos;s last screen, then change the items that differ</source>
        <translation>Preencher o formulário com as respostas da última triagem do paciente; depois alterar os itens que diferem</translation>
    </message>
    <message>
        <source>Open in a window</source>
        <translation>Abrir em uma janela</translation>
    </message>
    <message>
        <source>The safety record in a large window of its own; this button docks it again</source>
        <translation>O registro de segurança em uma janela grande própria; este botão o encaixa novamente</translation>
    </message>
    <message>
        <source>Reviewed with the patient</source>
        <translation>Revisado com o paciente</translation>
    </message>
    <message>
        <source>Remove area</source>
        <translation>Remover área</translation>
    </message>
    <message>
        <source>Precaution areas (all visits): draw them with the “Precaution area” tool.</source>
        <translation>Áreas de precaução (todas as consultas): desenhe-as com a ferramenta “Precaução”.</translation>
    </message>
    <message>
        <source>Open a visit to see its safety record.</source>
        <translation>Abra uma consulta para ver seu registro de segurança.</translation>
    </message>
    <message>
        <source>✔ Reviewed by {name}, {when}.</source>
        <translation>✔ Revisado por {name}, {when}.</translation>
    </message>
    <message>
        <source>Not yet reviewed at this visit (showing the latest answers). Confirm or edit with the patient, then press “Reviewed”.</source>
        <translation>Ainda não revisado nesta consulta (mostrando as últimas respostas). Confirme ou edite com o paciente e pressione “Revisado”.</translation>
    </message>
    <message>
        <source>Not yet reviewed at this visit (showing no earlier answers). Confirm or edit with the patient, then press “Reviewed”.</source>
        <translation>Ainda não revisado nesta consulta (sem respostas anteriores). Confirme ou edite com o paciente e pressione “Revisado”.</translation>
    </message>
    <message>
        <source>Answered yes: {items}</source>
        <translation>Respondido sim: {items}</translation>
    </message>
    <message>
        <source>{item} — CONTRAINDICATION</source>
        <translation>{item} — CONTRAINDICAÇÃO</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <source>bodymap (locked)</source>
        <translation>bodymap (bloqueado)</translation>
    </message>
    <message>
        <source>bodymap is locked</source>
        <translation>O bodymap está bloqueado</translation>
    </message>
</context>
<context>
    <name>SessionBox</name>
    <message>
        <source>Needling session</source>
        <translation>Sessão de agulhamento</translation>
    </message>
    <message>
        <source>Needed when stopped early or worse</source>
        <translation>Necessária se interrompida ou pior</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Salvar sessão</translation>
    </message>
    <message>
        <source>No needled trigger points at this visit.</source>
        <translation>Não há pontos-gatilho agulhados nesta consulta.</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerância</translation>
    </message>
    <message>
        <source>Immediate outcome</source>
        <translation>Resultado imediato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Cannot read {file}: {reason}.</source>
        <translation>Não é possível ler {file}: {reason}.</translation>
    </message>
    <message>
        <source>{file} is too large for a logo ({size} MB; at most {limit} MB). Save a smaller copy and choose that.</source>
        <translation>{file} é grande demais para um logotipo ({size} MB; no máximo {limit} MB). Salve uma cópia menor e escolha-a.</translation>
    </message>
    <message>
        <source>{file} is not a PNG or JPEG image.</source>
        <translation>{file} não é uma imagem PNG ou JPEG.</translation>
    </message>
    <message>
        <source>{file} could not be read as an image (the file may be damaged).</source>
        <translation>{file} não pôde ser lido como imagem (o arquivo pode estar danificado).</translation>
    </message>
    <message>
        <source>{file} is {width} x {height} pixels; at most 8000 pixels on each side.</source>
        <translation>{file} tem {width} x {height} pixels; no máximo 8000 pixels de cada lado.</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Configurações da clínica</translation>
    </message>
    <message>
        <source>Street, town, postcode (one or more lines)</source>
        <translation>Rua, cidade, CEP (uma ou mais linhas)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>On every printed handout</source>
        <translation>Em cada folheto impresso</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nome da clínica:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Endereço:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most {limit} MB. It is printed at the top left, up to 45 x 16 mm.</source>
        <translation>PNG ou JPEG, no máximo {limit} MB. É impresso no canto superior esquerdo, até 45 x 16 mm.</translation>
    </message>
    <message>
        <source>Print “{heading}” with the advice for the muscles treated</source>
        <translation>Imprimir “{heading}” com as orientações para os músculos tratados</translation>
    </message>
    <message>
        <source>Search muscles…</source>
        <translation>Buscar músculos…</translation>
    </message>
    <message>
        <source>General (every language)</source>
        <translation>Geral (todos os idiomas)</translation>
    </message>
    <message>
        <source>Advice &amp;language:</source>
        <translation>&amp;Idioma das orientações:</translation>
    </message>
    <message>
        <source>Choose a muscle on the left.</source>
        <translation>Escolha um músculo à esquerda.</translation>
    </message>
    <message>
        <source>Nothing written in {language}: its handouts print the general advice:

{advice}</source>
        <translation>Nada escrito em {language}: os folhetos nesse idioma imprimem a orientação geral:

{advice}</translation>
    </message>
    <message>
        <source>Advice printed for this muscle, e.g. a stretch, how often, heat or ice…</source>
        <translation>Orientações impressas para este músculo, ex.: um alongamento, com que frequência, calor ou gelo…</translation>
    </message>
    <message>
        <source>Home care advice</source>
        <translation>Orientações de cuidados em casa</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Escolha o logotipo da clínica</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Imagens (*.png *.jpg *.jpeg);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sem logotipo</translation>
    </message>
    <message>
        <source>Advice for {muscle}</source>
        <translation>Orientações para {muscle}</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} caracteres</translation>
    </message>
    <message>
        <source>The settings could not be saved: the database cannot be reached. Check the connection and try again.</source>
        <translation>Não foi possível salvar as configurações: o banco de dados não está acessível. Verifique a conexão e tente novamente.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>bodymap — sign in</source>
        <translation>bodymap — entrar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who is charting?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quem está registrando?&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profissional</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Visit details…</source>
        <translation>Dados da consulta…</translation>
    </message>
    <message>
        <source>Show the mark</source>
        <translation>Mostrar a marcação</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registrar o consentimento…</translation>
    </message>
    <message>
        <source>Open the screen</source>
        <translation>Abrir a triagem</translation>
    </message>
    <message>
        <source>Open the count</source>
        <translation>Abrir a contagem</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Confirmar…</translation>
    </message>
    <message>
        <source>This visit cannot be signed yet</source>
        <translation>Esta consulta ainda não pode ser assinada</translation>
    </message>
    <message>
        <source>{count} thing to complete before this visit can be signed.</source>
        <translation>Falta {count} item para concluir antes de assinar esta consulta.</translation>
    </message>
    <message>
        <source>{count} things to complete before this visit can be signed.</source>
        <translation>Faltam {count} itens para concluir antes de assinar esta consulta.</translation>
    </message>
    <message>
        <source>Nothing has been changed.</source>
        <translation>Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>SignOffProblems</name>
    <message>
        <source>Consent does not record that dry needling was explained (and that it is not acupuncture).</source>
        <translation>O consentimento não registra que o agulhamento seco foi explicado (e que não é acupuntura).</translation>
    </message>
    <message>
        <source>Consent does not record the common risks discussed.</source>
        <translation>O consentimento não registra os riscos comuns conversados.</translation>
    </message>
    <message>
        <source>Consent does not record the material risks discussed (pneumothorax, nerve or vessel, infection).</source>
        <translation>O consentimento não registra os riscos relevantes conversados (pneumotórax, nervo ou vaso, infecção).</translation>
    </message>
    <message>
        <source>Consent does not record that the patient&apos;s own risk factors were discussed.</source>
        <translation>O consentimento não registra que os fatores de risco do próprio paciente foram conversados.</translation>
    </message>
    <message>
        <source>Consent does not record the alternatives discussed.</source>
        <translation>O consentimento não registra as alternativas conversadas.</translation>
    </message>
    <message>
        <source>Consent does not record that the patient may stop at any time.</source>
        <translation>O consentimento não registra que o paciente pode parar a qualquer momento.</translation>
    </message>
    <message>
        <source>Consent does not record the risks discussed.</source>
        <translation>O consentimento não registra os riscos conversados.</translation>
    </message>
    <message>
        <source>Written consent is not signed: have the patient sign on screen, or mark the paper form as signed.</source>
        <translation>O consentimento escrito não está assinado: peça ao paciente que assine na tela ou marque o formulário em papel como assinado.</translation>
    </message>
    <message>
        <source>Consent was withdrawn on {day}.</source>
        <translation>O consentimento foi revogado em {day}.</translation>
    </message>
    <message>
        <source>Consent for the course ended on {day}.</source>
        <translation>O consentimento para o ciclo de tratamento terminou em {day}.</translation>
    </message>
    <message>
        <source>Consent does not record who obtained it.</source>
        <translation>O consentimento não registra quem o obteve.</translation>
    </message>
    <message>
        <source>1 needle inserted but the needles removed have not been counted.</source>
        <translation>1 agulha inserida, mas as agulhas retiradas não foram contadas.</translation>
    </message>
    <message>
        <source>{inserted} needles inserted but the needles removed have not been counted.</source>
        <translation>{inserted} agulhas inseridas, mas as agulhas retiradas não foram contadas.</translation>
    </message>
    <message>
        <source>Needle count does not reconcile: {inserted} inserted, {removed} removed. Find the missing needle(s) or document the discrepancy in a note.</source>
        <translation>A contagem de agulhas não confere: {inserted} inseridas, {removed} retiradas. Encontre a(s) agulha(s) que falta(m) ou documente a diferença em uma observação.</translation>
    </message>
    <message>
        <source>The thorax caution for {label} has not been acknowledged.</source>
        <translation>A precaução torácica de {label} não foi confirmada.</translation>
    </message>
    <message>
        <source>Only a clinician signed in with an account can sign a visit.</source>
        <translation>Somente um profissional conectado com uma conta pode assinar uma consulta.</translation>
    </message>
    <message>
        <source>Choose the treating clinician in the visit&apos;s details.</source>
        <translation>Escolha o profissional responsável nos dados da consulta.</translation>
    </message>
    <message>
        <source>Carried-forward zone {label}: confirm it was found at this visit, or remove it.</source>
        <translation>Zona trazida {label}: confirme que foi encontrada nesta consulta ou remova-a.</translation>
    </message>
    <message>
        <source>Carried-forward trigger point {label}: confirm it was found at this visit, or remove it.</source>
        <translation>Ponto-gatilho trazido {label}: confirme que foi encontrado nesta consulta ou remova-o.</translation>
    </message>
    <message>
        <source>Record the patient&apos;s consent to dry needling for this visit (no valid consent covers it).</source>
        <translation>Registre o consentimento do paciente para agulhamento seco nesta consulta (nenhum consentimento válido a cobre).</translation>
    </message>
    <message>
        <source>Review the health screen at this visit.</source>
        <translation>Revise a triagem de saúde nesta consulta.</translation>
    </message>
    <message>
        <source>Acknowledge the thorax caution for {label}.</source>
        <translation>Confirme a precaução torácica de {label}.</translation>
    </message>
    <message>
        <source>This visit cannot be signed yet: {problems}</source>
        <translation>Esta consulta ainda não pode ser assinada: {problems}</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>The patient signs here with the mouse, a pen or a finger</source>
        <translation>O paciente assina aqui com o mouse, uma caneta ou o dedo</translation>
    </message>
    <message>
        <source>Patient signs here</source>
        <translation>Assinatura do paciente aqui</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Opening the clinic database…</source>
        <translation>Abrindo o banco de dados da clínica…</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Verificando a senha…</translation>
    </message>
    <message>
        <source>bodymap — sign in</source>
        <translation>bodymap — entrar</translation>
    </message>
    <message>
        <source>The clinicians appear once the database is open</source>
        <translation>Os profissionais aparecem ao abrir o banco de dados</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who is charting?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quem está registrando?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Criar conta</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>bodymap could not open the clinic database ({kind}).</source>
        <translation>O bodymap não conseguiu abrir o banco de dados da clínica ({kind}).</translation>
    </message>
    <message>
        <source>bodymap — first start</source>
        <translation>bodymap — primeiro uso</translation>
    </message>
    <message>
        <source>Choose your name, then sign in.</source>
        <translation>Escolha seu nome e depois entre.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>The password could not be checked ({kind}).</source>
        <translation>Não foi possível verificar a senha ({kind}).</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Referral patterns are population tendencies from the literature, not a diagnosis; patients vary and red flags must be excluded clinically.</source>
        <translation>Os padrões de dor referida são tendências populacionais descritas na literatura, não um diagnóstico; cada paciente é diferente e as bandeiras vermelhas devem ser excluídas clinicamente.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>D</translation>
    </message>
    <message>
        <source>L</source>
        <translation>E</translation>
    </message>
    <message>
        <source>mid</source>
        <translation>centro</translation>
    </message>
    <message>
        <source>R or L</source>
        <translation>D ou E</translation>
    </message>
    <message>
        <source>R and L</source>
        <translation>D e E</translation>
    </message>
    <message>
        <source>temple headache</source>
        <translation>cefaleia temporal</translation>
    </message>
    <message>
        <source>neck pain and stiffness</source>
        <translation>dor e rigidez cervical</translation>
    </message>
    <message>
        <source>jaw, TMJ, tooth and ear pain</source>
        <translation>dor na mandíbula, ATM, dentes e ouvido</translation>
    </message>
    <message>
        <source>shoulder pain</source>
        <translation>dor no ombro</translation>
    </message>
    <message>
        <source>lateral elbow pain</source>
        <translation>dor lateral no cotovelo</translation>
    </message>
    <message>
        <source>medial elbow and back of the elbow pain</source>
        <translation>dor medial e posterior no cotovelo</translation>
    </message>
    <message>
        <source>wrist and hand pain</source>
        <translation>dor no punho e na mão</translation>
    </message>
    <message>
        <source>chest pain (cardiac causes excluded)</source>
        <translation>dor torácica (excluídas as causas cardíacas)</translation>
    </message>
    <message>
        <source>pain between the shoulder blades</source>
        <translation>dor entre as escápulas</translation>
    </message>
    <message>
        <source>low back pain</source>
        <translation>dor lombar</translation>
    </message>
    <message>
        <source>buttock pain</source>
        <translation>dor glútea</translation>
    </message>
    <message>
        <source>sciatica-like pain down the back or side of the leg</source>
        <translation>dor tipo ciática na parte posterior ou lateral da perna</translation>
    </message>
    <message>
        <source>groin and inner thigh pain</source>
        <translation>dor na virilha e na face interna da coxa</translation>
    </message>
    <message>
        <source>knee pain</source>
        <translation>dor no joelho</translation>
    </message>
    <message>
        <source>heel and arch pain (plantar fasciopathy)</source>
        <translation>dor no calcanhar e no arco plantar (fasciopatia plantar)</translation>
    </message>
    <message>
        <source>foot pain</source>
        <translation>dor no pé</translation>
    </message>
    <message>
        <source>lateral ankle pain</source>
        <translation>dor lateral no tornozelo</translation>
    </message>
    <message>
        <source>headache at the back, top or front of the head</source>
        <translation>cefaleia occipital, no vértice ou frontal</translation>
    </message>
    <message>
        <source>pain in the front of the upper arm</source>
        <translation>dor na face anterior do braço</translation>
    </message>
    <message>
        <source>pain on the outside of the upper arm</source>
        <translation>dor na face lateral do braço</translation>
    </message>
    <message>
        <source>pain in the back of the upper arm</source>
        <translation>dor na face posterior do braço</translation>
    </message>
    <message>
        <source>pain on the inside of the upper arm</source>
        <translation>dor na face medial do braço</translation>
    </message>
    <message>
        <source>abdominal pain (visceral causes excluded)</source>
        <translation>dor abdominal (excluídas causas viscerais)</translation>
    </message>
    <message>
        <source>pain at the back of the ankle and the Achilles tendon</source>
        <translation>dor na face posterior do tornozelo e no tendão de Aquiles</translation>
    </message>
    <message>
        <source>pain at the front of the ankle</source>
        <translation>dor na face anterior do tornozelo</translation>
    </message>
    <message>
        <source>pain in the front of the lower leg</source>
        <translation>dor na face anterior da perna</translation>
    </message>
    <message>
        <source>calf pain</source>
        <translation>dor na panturrilha</translation>
    </message>
    <message>
        <source>pain on the outside of the lower leg</source>
        <translation>dor na face lateral da perna</translation>
    </message>
    <message>
        <source>pain on the top of the foot</source>
        <translation>dor no dorso do pé</translation>
    </message>
    <message>
        <source>pain in the sole of the foot</source>
        <translation>dor na planta do pé</translation>
    </message>
    <message>
        <source>pain in the back of the thigh and knee</source>
        <translation>dor na face posterior da coxa e do joelho</translation>
    </message>
    <message>
        <source>pain on the outside of the hip</source>
        <translation>dor na face lateral do quadril</translation>
    </message>
    <message>
        <source>thumb pain</source>
        <translation>dor no polegar</translation>
    </message>
    <message>
        <source>pain on the top of the head</source>
        <translation>dor no vértice da cabeça</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baixa</translation>
    </message>
    <message>
        <source>{region} ({side})</source>
        <translation>{region} ({side})</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} e {last}</translation>
    </message>
    <message>
        <source>A trigger point charted in it reproduced the pain.</source>
        <translation>Um ponto-gatilho registrado nele reproduziu a dor.</translation>
    </message>
    <message>
        <source>Primary zone covers {regions}.</source>
        <translation>A zona primária cobre {regions}.</translation>
    </message>
    <message>
        <source>Spillover zone covers {regions}.</source>
        <translation>A zona de transbordamento cobre {regions}.</translation>
    </message>
    <message>
        <source>Its trigger points lie in the painful area: {regions}.</source>
        <translation>Seus pontos-gatilho ficam na área dolorosa: {regions}.</translation>
    </message>
    <message>
        <source>Explains none of the drawn pain.</source>
        <translation>Não explica nada da dor desenhada.</translation>
    </message>
    <message>
        <source>A frequent cause of {areas}.</source>
        <translation>Causa frequente de {areas}.</translation>
    </message>
    <message>
        <source>Leaves unexplained: {regions}.</source>
        <translation>Deixa sem explicação: {regions}.</translation>
    </message>
    <message>
        <source>Expected but not drawn: {regions}.</source>
        <translation>Esperado, mas não desenhado: {regions}.</translation>
    </message>
    <message>
        <source>Not on the views drawn: {regions}.</source>
        <translation>Fora das vistas desenhadas: {regions}.</translation>
    </message>
    <message>
        <source>Score {score}: coverage {coverage}, precision {precision}, by-area frequency {prior}, confidence {confidence}</source>
        <translation>Pontuação {score}: cobertura {coverage}, precisão {precision}, frequência por área {prior}, confiança {confidence}</translation>
    </message>
    <message>
        <source>{score}; a charted trigger point reproduced the pain</source>
        <translation>{score}; um ponto-gatilho registrado reproduziu a dor</translation>
    </message>
    <message numerus="yes">
        <source>{regions} + %n more</source>
        <translation>
            <numerusform>{regions} + %n outra</numerusform>
            <numerusform>{regions} + %n outras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follows the left {dermatomes} dermatomes ({share} of the drawn pain): consider radicular pain.</source>
        <translation>
            <numerusform>Segue o dermátomo {dermatomes} esquerdo ({share} da dor desenhada): considere dor radicular.</numerusform>
            <numerusform>Segue os dermátomos {dermatomes} esquerdos ({share} da dor desenhada): considere dor radicular.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follows the right {dermatomes} dermatomes ({share} of the drawn pain): consider radicular pain.</source>
        <translation>
            <numerusform>Segue o dermátomo {dermatomes} direito ({share} da dor desenhada): considere dor radicular.</numerusform>
            <numerusform>Segue os dermátomos {dermatomes} direitos ({share} da dor desenhada): considere dor radicular.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dermatomes: a coarse region-based layer (C2 to S2, after Lee et al. 2008). Overlap and variation are large; myofascial referral can look dermatomal.</source>
        <translation>Dermátomos: uma camada aproximada baseada em regiões (C2 a S2, segundo Lee et al. 2008). A sobreposição e a variação são grandes; a dor referida miofascial pode parecer dermatômica.</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Muscles whose referral patterns match the pain zones drawn on this visit. Click one to see its pattern and trigger-point sites.</source>
        <translation>Músculos cujos padrões de dor referida correspondem às zonas de dor desenhadas nesta consulta. Clique em um para ver o padrão e os locais dos pontos-gatilho.</translation>
    </message>
    <message>
        <source>Draw pain zones to see suggestions.</source>
        <translation>Desenhe zonas de dor para ver sugestões.</translation>
    </message>
    <message>
        <source>Hide the outline</source>
        <translation>Ocultar o contorno</translation>
    </message>
    <message>
        <source>Show on the body</source>
        <translation>Mostrar no corpo</translation>
    </message>
    <message>
        <source>No muscle in the reference refers pain to the zones drawn.</source>
        <translation>Nenhum músculo da referência refere dor às zonas desenhadas.</translation>
    </message>
</context>
<context>
    <name>TrendsDialog</name>
    <message>
        <source>Progress — {name}</source>
        <translation>Evolução — {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · chart {number} · {visits}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · prontuário {number} · {visits}</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n consulta</numerusform>
            <numerusform>%n consultas</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain area: share of the whole body surface in pain, from every view drawn on (close-ups included, each place counted once); see the comparison for whether a change exceeds the measurement error.</source>
        <translation>Área de dor: parcela da superfície corporal total com dor, de todas as vistas desenhadas (detalhes incluídos, cada local contado uma vez); a comparação mostra se uma mudança supera o erro de medição.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>{what} is required.</source>
        <translation>{what}: campo obrigatório.</translation>
    </message>
    <message>
        <source>{what} is too long ({count} characters; at most {most}).</source>
        <translation>{what}: texto longo demais ({count} caracteres; no máximo {most}).</translation>
    </message>
    <message>
        <source>{what} contains a NUL character.</source>
        <translation>{what} contém um caractere NUL.</translation>
    </message>
    <message>
        <source>{what} contains characters that are not valid text.</source>
        <translation>{what} contém caracteres que não são texto válido.</translation>
    </message>
    <message>
        <source>{what} must be one of: {choices}.</source>
        <translation>{what} deve ser um destes: {choices}.</translation>
    </message>
    <message>
        <source>{what} must be a whole number from 0 to {most}.</source>
        <translation>{what} deve ser um número inteiro de 0 a {most}.</translation>
    </message>
    <message>
        <source>{what} must lie on the diagram (0 to 1), not {value}.</source>
        <translation>{what} deve estar no diagrama (0 a 1), não {value}.</translation>
    </message>
    <message>
        <source>Date of birth must be a date.</source>
        <translation>A data de nascimento deve ser uma data.</translation>
    </message>
    <message>
        <source>Date of birth {day} is in the future.</source>
        <translation>A data de nascimento {day} está no futuro.</translation>
    </message>
    <message>
        <source>Date of birth {day} is before {year}.</source>
        <translation>A data de nascimento {day} é anterior a {year}.</translation>
    </message>
    <message>
        <source>Chart number</source>
        <translation>Número do prontuário</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>A visit cannot be dated in the future.</source>
        <translation>Uma consulta não pode ter data no futuro.</translation>
    </message>
    <message>
        <source>A visit date before 1990 is not plausible.</source>
        <translation>Uma data de consulta anterior a 1990 não é plausível.</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profissional</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>Queixa principal</translation>
    </message>
    <message>
        <source>Overall pain</source>
        <translation>Dor geral</translation>
    </message>
    <message>
        <source>Unknown finding(s): {items}.</source>
        <translation>Achado(s) desconhecido(s): {items}.</translation>
    </message>
    <message>
        <source>Needling depth must be between 0 and 150 mm.</source>
        <translation>A profundidade do agulhamento deve estar entre 0 e 150 mm.</translation>
    </message>
    <message>
        <source>Twitch responses</source>
        <translation>Respostas de contração local</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pressure pain</source>
        <translation>Dor à pressão</translation>
    </message>
    <message>
        <source>Needle size</source>
        <translation>Tamanho da agulha</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensidade</translation>
    </message>
    <message>
        <source>Pain quality</source>
        <translation>Qualidade da dor</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profundidade</translation>
    </message>
    <message>
        <source>A zone point</source>
        <translation>Um ponto da zona</translation>
    </message>
    <message>
        <source>A zone outline has too many points ({count}).</source>
        <translation>O contorno de uma zona tem pontos demais ({count}).</translation>
    </message>
    <message>
        <source>A zone needs an outline of at least three points.</source>
        <translation>Uma zona precisa de um contorno de pelo menos três pontos.</translation>
    </message>
    <message>
        <source>A zone has too many separate parts.</source>
        <translation>Uma zona tem partes separadas demais.</translation>
    </message>
    <message>
        <source>The signature could not be read.</source>
        <translation>Não foi possível ler a assinatura.</translation>
    </message>
    <message>
        <source>Unknown consent item(s): {items}.</source>
        <translation>Item(ns) do consentimento desconhecido(s): {items}.</translation>
    </message>
    <message>
        <source>The signature has too many strokes (at most {most}).</source>
        <translation>A assinatura tem traços demais (no máximo {most}).</translation>
    </message>
    <message>
        <source>The signature lies outside its box.</source>
        <translation>A assinatura está fora do seu quadro.</translation>
    </message>
    <message>
        <source>The signature is too long; clear it and sign again.</source>
        <translation>A assinatura é longa demais; apague-a e assine novamente.</translation>
    </message>
    <message>
        <source>Say why consent was withdrawn (for example “patient declined further needling”).</source>
        <translation>Informe por que o consentimento foi revogado (por exemplo, “paciente recusou novo agulhamento”).</translation>
    </message>
    <message>
        <source>The reason is too long (at most {most} characters).</source>
        <translation>O motivo é longo demais (no máximo {most} caracteres).</translation>
    </message>
    <message>
        <source>e.g. 14 Mar 1975 or 1975-03-14</source>
        <translation>ex.: 14 Mar 1975 ou 1975-03-14</translation>
    </message>
    <message>
        <source>Enter the date of birth, or choose &quot;Unknown&quot;.</source>
        <translation>Informe a data de nascimento ou escolha “Desconhecido”.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date (day {day} does not exist in that month).</source>
        <translation>“{text}” não é uma data (o dia {day} não existe nesse mês).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; could be read two ways: write the month as a word or the year first ({hint}).</source>
        <translation>“{text}” pode ser lido de duas formas: escreva o mês por extenso ou o ano primeiro ({hint}).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date this form can read ({hint}).</source>
        <translation>“{text}” não é uma data que este formulário consiga ler ({hint}).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot;: &quot;{word}&quot; is not a month.</source>
        <translation>“{text}”: “{word}” não é um mês.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot;: there is no month {month}.</source>
        <translation>“{text}”: não existe o mês {month}.</translation>
    </message>
    <message>
        <source>Unknown screening item(s): {items}.</source>
        <translation>Item(ns) da triagem desconhecido(s): {items}.</translation>
    </message>
    <message>
        <source>The answer for “{item}”</source>
        <translation>A resposta para “{item}”</translation>
    </message>
    <message>
        <source>The note for “{item}”</source>
        <translation>A observação de “{item}”</translation>
    </message>
    <message>
        <source>Side must be one of: {choices}.</source>
        <translation>O lado deve ser um destes: {choices}.</translation>
    </message>
    <message>
        <source>Precaution kind</source>
        <translation>Tipo de precaução</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <source>Describe an “Other” precaution area in the note.</source>
        <translation>Descreva uma área de precaução “Outra” na observação.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>The consent date must be a date.</source>
        <translation>A data do consentimento deve ser uma data.</translation>
    </message>
    <message>
        <source>Consent cannot be dated in the future.</source>
        <translation>O consentimento não pode ter data no futuro.</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Como o consentimento foi dado</translation>
    </message>
    <message>
        <source>Say how consent was given (for example “through an interpreter”).</source>
        <translation>Informe como o consentimento foi dado (por exemplo, “por meio de um intérprete”).</translation>
    </message>
    <message>
        <source>Scope of consent</source>
        <translation>Abrangência do consentimento</translation>
    </message>
    <message>
        <source>Consent for a course of treatment needs an end date or a number of visits.</source>
        <translation>O consentimento para um ciclo de tratamento precisa de uma data final ou de um número de consultas.</translation>
    </message>
    <message>
        <source>The course cannot end before consent was given.</source>
        <translation>O ciclo não pode terminar antes de o consentimento ser dado.</translation>
    </message>
    <message>
        <source>The number of visits must be from 1 to {most}.</source>
        <translation>O número de consultas deve estar entre 1 e {most}.</translation>
    </message>
    <message>
        <source>The patient signed on screen or on paper, not both: clear one.</source>
        <translation>O paciente assinou na tela ou em papel, não em ambos: apague um.</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Texto do consentimento</translation>
    </message>
    <message>
        <source>Number of needles</source>
        <translation>Número de agulhas</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Passagens</translation>
    </message>
    <message>
        <source>Pain after treatment</source>
        <translation>Dor após o tratamento</translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation>Amplitude de movimento</translation>
    </message>
    <message>
        <source>After-care text</source>
        <translation>Texto de cuidados após o tratamento</translation>
    </message>
    <message>
        <source>Unknown diagram view {view}.</source>
        <translation>Vista de diagrama desconhecida {view}.</translation>
    </message>
    <message>
        <source>The image has no size.</source>
        <translation>A imagem não tem tamanho.</translation>
    </message>
    <message>
        <source>Place at least {least} landmarks, spread over the body (head, both shoulders, hips or knees); {placed} placed.</source>
        <translation>Coloque pelo menos {least} pontos de referência distribuídos pelo corpo (cabeça, ambos os ombros, quadris ou joelhos); colocados: {placed}.</translation>
    </message>
    <message>
        <source>The {view} view has no landmark {side} {landmark}.</source>
        <translation>A vista {view} não tem o ponto de referência {side} {landmark}.</translation>
    </message>
    <message>
        <source>{landmark} is placed twice.</source>
        <translation>{landmark} está colocado duas vezes.</translation>
    </message>
    <message>
        <source>{landmark} is placed outside the image.</source>
        <translation>{landmark} está colocado fora da imagem.</translation>
    </message>
    <message>
        <source>{first} and {second} are placed on the same spot of the image.</source>
        <translation>{first} e {second} estão colocados no mesmo lugar da imagem.</translation>
    </message>
    <message>
        <source>The chosen landmarks lie (almost) on one line, so the image cannot be calibrated: add landmarks on both sides of the body (e.g. both shoulders or hips), not only along the midline.</source>
        <translation>Os pontos de referência escolhidos estão (quase) em uma linha, então a imagem não pode ser calibrada: adicione pontos de referência dos dois lados do corpo (p. ex., ambos os ombros ou quadris), não só ao longo da linha média.</translation>
    </message>
    <message>
        <source>The landmarks are placed (almost) on one line on the image: check the clicks; they should follow the body&apos;s shape.</source>
        <translation>Os pontos de referência estão colocados (quase) em uma linha na imagem: verifique os cliques; eles devem seguir a forma do corpo.</translation>
    </message>
    <message>
        <source>The landmarks do not span an area on the image; check the clicks.</source>
        <translation>Os pontos de referência não abrangem uma área na imagem; verifique os cliques.</translation>
    </message>
    <message>
        <source>The image is mirrored relative to the view: the patient&apos;s right and left are swapped. Check that the image shows the {view} view, or mirror the image.</source>
        <translation>A imagem está espelhada em relação à vista: a direita e a esquerda do paciente estão trocadas. Verifique se a imagem mostra a vista {view} ou espelhe a imagem.</translation>
    </message>
    <message>
        <source>The landmarks cross over: {first}, {second} and {third} are in a different order on the image than on the body (for example right and left swapped). Check those clicks.</source>
        <translation>Os pontos de referência se cruzam: {first}, {second} e {third} estão em outra ordem na imagem do que no corpo (por exemplo, direita e esquerda trocadas). Verifique esses cliques.</translation>
    </message>
    <message>
        <source>{landmark} is far from where the other landmarks put it; check that click.</source>
        <translation>{landmark}: longe de onde os outros pontos de referência o colocam; verifique esse clique.</translation>
    </message>
    <message>
        <source>{first} and {second} are far from where the other landmarks put them; check those clicks.</source>
        <translation>{first} e {second}: longe de onde os outros pontos de referência os colocam; verifique esses cliques.</translation>
    </message>
    <message>
        <source>A trigger point must be placed on the body.</source>
        <translation>Um ponto-gatilho deve ser colocado sobre o corpo.</translation>
    </message>
    <message>
        <source>The zone lies outside the body outline.</source>
        <translation>A zona fica fora do contorno do corpo.</translation>
    </message>
    <message>
        <source>Draw the precaution area on the body outline.</source>
        <translation>Desenhe a área de precaução sobre o contorno do corpo.</translation>
    </message>
    <message>
        <source>The wording of “{item}”</source>
        <translation>A redação de “{item}”</translation>
    </message>
    <message>
        <source>Withdrawal cannot be dated in the future.</source>
        <translation>A revogação não pode ter data no futuro.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on {day}.</source>
        <translation>Este consentimento já foi revogado em {day}.</translation>
    </message>
    <message>
        <source>This trigger point does not lie over the thorax.</source>
        <translation>Este ponto-gatilho não está sobre o tórax.</translation>
    </message>
    <message>
        <source>That precaution area belongs to another patient.</source>
        <translation>Essa área de precaução pertence a outro paciente.</translation>
    </message>
    <message>
        <source>Name the precaution area(s) that were acknowledged.</source>
        <translation>Indique a(s) área(s) de precaução confirmada(s).</translation>
    </message>
    <message>
        <source>Needles removed</source>
        <translation>Agulhas retiradas</translation>
    </message>
    <message>
        <source>Count-out note</source>
        <translation>Observação da contagem final</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerância</translation>
    </message>
    <message>
        <source>Immediate outcome</source>
        <translation>Resultado imediato</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Observação da sessão</translation>
    </message>
    <message>
        <source>Say in the note why the needling was stopped early.</source>
        <translation>Diga na observação por que o agulhamento foi interrompido antes.</translation>
    </message>
    <message>
        <source>Say in the note what was worse after needling.</source>
        <translation>Diga na observação o que piorou após o agulhamento.</translation>
    </message>
    <message>
        <source>Kind of adverse event</source>
        <translation>Tipo de evento adverso</translation>
    </message>
    <message>
        <source>An adverse event cannot be dated in the future.</source>
        <translation>Um evento adverso não pode ser datado no futuro.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Describe an “Other” adverse event.</source>
        <translation>Descreva um evento adverso “Outro”.</translation>
    </message>
    <message>
        <source>Classify the adverse event: mild, significant or serious.</source>
        <translation>Classifique o evento adverso: leve, significativo ou grave.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravidade</translation>
    </message>
    <message>
        <source>A suspected pneumothorax is at least significant: it needs medical assessment today.</source>
        <translation>Uma suspeita de pneumotórax é no mínimo significativa: precisa de avaliação médica hoje.</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Conduta adotada</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <source>The logo is too large ({size} MB; at most 2 MB).</source>
        <translation>O logotipo é grande demais ({size} MB; no máximo 2 MB).</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>O logotipo deve ser uma imagem PNG ou JPEG.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nome da clínica</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Endereço da clínica</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Telefone da clínica</translation>
    </message>
    <message>
        <source>Home care for {muscle}</source>
        <translation>Cuidados em casa para {muscle}</translation>
    </message>
    <message>
        <source>Muscle id</source>
        <translation>Identificador do músculo</translation>
    </message>
    <message>
        <source>The point</source>
        <translation>O ponto</translation>
    </message>
    <message>
        <source>A zone can only be referred from trigger points of the same visit.</source>
        <translation>Uma zona só pode ser referida a partir de pontos-gatilho da mesma consulta.</translation>
    </message>
    <message>
        <source>--older-than is a number of days between 0 and 36500.</source>
        <translation>--older-than é um número de dias entre 0 e 36500.</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Adendo</translation>
    </message>
    <message>
        <source>The template image</source>
        <translation>A imagem do modelo</translation>
    </message>
    <message>
        <source>Only visits of the same patient can be compared.</source>
        <translation>Só é possível comparar consultas do mesmo paciente.</translation>
    </message>
    <message>
        <source>The date range is empty: {since} is after {until}.</source>
        <translation>O intervalo de datas está vazio: {since} é posterior a {until}.</translation>
    </message>
    <message>
        <source>Unknown view {view}; choose one of: {choices}.</source>
        <translation>Vista desconhecida {view}; escolha uma destas: {choices}.</translation>
    </message>
    <message>
        <source>The complaint filter is limited to {most} characters.</source>
        <translation>O filtro de queixa está limitado a {most} caracteres.</translation>
    </message>
    <message>
        <source>Tolerance and outcome are recorded for a visit with needling: mark the needled trigger points first.</source>
        <translation>Tolerância e resultado são registrados para uma consulta com agulhamento: marque primeiro os pontos-gatilho agulhados.</translation>
    </message>
    <message>
        <source>Keep between 1 and 365 backups.</source>
        <translation>Mantenha entre 1 e 365 backups.</translation>
    </message>
    <message>
        <source>The screen lock time must be between 1 and 240 minutes.</source>
        <translation>O tempo de bloqueio de tela deve estar entre 1 e 240 minutos.</translation>
    </message>
    <message>
        <source>The clinic diagram {name} has not been calibrated yet.</source>
        <translation>O diagrama da clínica {name} ainda não foi calibrado.</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} não existe.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}.</source>
        <translation>Não é possível ler {name}: {reason}.</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} não é um arquivo.</translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB); the limit is {most} MB. Save it smaller (e.g. as JPEG).</source>
        <translation>{name} é grande demais ({size} MB); o limite é {most} MB. Salve-o menor (p. ex., como JPEG).</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} está vazio.</translation>
    </message>
    <message>
        <source>{name} is larger than {most} MB.</source>
        <translation>{name} tem mais de {most} MB.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>O arquivo</translation>
    </message>
    <message>
        <source>{name} has too many pixels (the limit is {most} megapixels); scale it down first.</source>
        <translation>{name} tem pixels demais (o limite é {most} megapixels); reduza-o primeiro.</translation>
    </message>
    <message>
        <source>{name} is not an image Bodymap can read; choose a PNG or JPEG file.</source>
        <translation>{name} não é uma imagem que o Bodymap consiga ler; escolha um arquivo PNG ou JPEG.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read as an image.</source>
        <translation>{name} está danificado e não pode ser lido como imagem.</translation>
    </message>
    <message>
        <source>{name} is a {kind} image; save it as PNG or JPEG first.</source>
        <translation>{name} é uma imagem {kind}; salve-a primeiro como PNG ou JPEG.</translation>
    </message>
    <message>
        <source>{name} has too many pixels (the limit is {most} megapixels); scale it down first. It is {width} x {height} pixels.</source>
        <translation>{name} tem pixels demais (o limite é {most} megapixels); reduza-o primeiro. Ele tem {width} x {height} pixels.</translation>
    </message>
    <message>
        <source>{name} is too small ({width} x {height} pixels); a diagram needs at least {least} pixels on each side.</source>
        <translation>{name} é pequeno demais ({width} x {height} pixels); um diagrama precisa de pelo menos {least} pixels de cada lado.</translation>
    </message>
    <message>
        <source>{name} is damaged (incomplete or corrupt image data).</source>
        <translation>{name} está danificado (dados de imagem incompletos ou corrompidos).</translation>
    </message>
    <message>
        <source>Give the clinic diagram a name.</source>
        <translation>Dê um nome ao diagrama da clínica.</translation>
    </message>
    <message>
        <source>The name is too long (at most {most} characters).</source>
        <translation>O nome é longo demais (no máximo {most} caracteres).</translation>
    </message>
    <message>
        <source>The batch size must be at least 1.</source>
        <translation>O tamanho do lote deve ser pelo menos 1.</translation>
    </message>
    <message>
        <source>The target is the source database itself; choose another database to copy to.</source>
        <translation>O destino é o próprio banco de dados de origem; escolha outro banco de dados para onde copiar.</translation>
    </message>
    <message>
        <source>The target database {target} is not empty ({table} has {rows} rows); copy-database copies only into an empty database. Create a new one and try again.</source>
        <translation>O banco de dados de destino {target} não está vazio ({table} tem {rows} linhas); copy-database só copia para um banco de dados vazio. Crie um novo e tente de novo.</translation>
    </message>
</context>
<context>
    <name>VisitCommands</name>
    <message>
        <source>not recorded</source>
        <translation>não registrado</translation>
    </message>
    <message>
        <source>Sign visit</source>
        <translation>Assinar consulta</translation>
    </message>
    <message>
        <source>Sign this visit as {signer}?

Treating clinician: {treating}

A signed visit can no longer be changed; later corrections are addenda.</source>
        <translation>Assinar esta consulta como {signer}?

Profissional responsável: {treating}

Uma consulta assinada não pode mais ser alterada; correções posteriores são adendos.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Left</source>
        <translation>Esquerdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Direito</translation>
    </message>
    <message>
        <source>active</source>
        <translation>ativo</translation>
    </message>
    <message>
        <source>latent</source>
        <translation>latente</translation>
    </message>
    <message>
        <source>aching</source>
        <translation>dolorido</translation>
    </message>
    <message>
        <source>burning</source>
        <translation>em queimação</translation>
    </message>
    <message>
        <source>stabbing</source>
        <translation>em pontada</translation>
    </message>
    <message>
        <source>pins and needles</source>
        <translation>formigamento</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>dormência</translation>
    </message>
    <message>
        <source>throbbing</source>
        <translation>latejante</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message>
        <source>Visit details</source>
        <translation>Dados da consulta</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nova consulta</translation>
    </message>
    <message>
        <source>Choose the treating clinician…</source>
        <translation>Escolha o profissional responsável…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Não registrado</translation>
    </message>
    <message>
        <source>{name} (account deactivated)</source>
        <translation>{name} (conta desativada)</translation>
    </message>
    <message>
        <source>{name} (no account)</source>
        <translation>{name} (sem conta)</translation>
    </message>
    <message>
        <source>e.g. right-sided neck pain with temple headache</source>
        <translation>ex.: dor cervical à direita com cefaleia temporal</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>não avaliado</translation>
    </message>
    <message>
        <source>Start from the previous visit&apos;s marks</source>
        <translation>Começar com as marcações da consulta anterior</translation>
    </message>
    <message>
        <source>Trigger point: {side}{place} ({status})</source>
        <translation>Ponto-gatilho: {side}{place} ({status})</translation>
    </message>
    <message>
        <source>Zone: {quality} {intensity}/10 ({sides}, {view})</source>
        <translation>Zona: {quality} {intensity}/10 ({sides}, {view})</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Treating clinician</source>
        <translation>Profissional responsável</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>Queixa principal</translation>
    </message>
    <message>
        <source>Overall pain (0-10)</source>
        <translation>Dor geral (0-10)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Choose the treating clinician.</source>
        <translation>Escolha o profissional responsável.</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Revogar o consentimento</translation>
    </message>
    <message>
        <source>Withdrawn consent no longer covers visits that begin after this time. The consent and its signature stay on record.</source>
        <translation>Um consentimento revogado deixa de cobrir as consultas que começarem após este momento. O consentimento e a assinatura permanecem no registro.</translation>
    </message>
    <message>
        <source>e.g. patient declined further needling after the second visit</source>
        <translation>ex.: paciente recusou novo agulhamento após a segunda consulta</translation>
    </message>
    <message>
        <source>Withdrawn at</source>
        <translation>Revogado em</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
</TS>
