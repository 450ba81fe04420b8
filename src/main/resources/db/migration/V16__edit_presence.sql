-- Who has a form open (issue 14): one row per editor and form, renewed each time the form is rendered, so
-- every instance can tell an editor that someone else opened the same form a few minutes ago.
create table edit_presence (
    subject_kind varchar(20)  not null,
    subject_key  varchar(100) not null,
    username     varchar(50)  not null,
    display_name varchar(100) not null,
    opened_at    timestamp with time zone not null,
    primary key (subject_kind, subject_key, username)
);

create index edit_presence_opened_idx on edit_presence (opened_at);
