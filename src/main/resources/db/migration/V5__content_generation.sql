-- A counter bumped whenever what citizens see changes. Every instance polls it, so pages cached by
-- any instance are dropped within a second of a publish made through another one.
create table content_generation (
    id         integer primary key,
    generation bigint not null
);

insert into content_generation (id, generation) values (1, 0);
