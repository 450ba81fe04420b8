-- A restore's revision names the revision it brought back ("Restored from revision 3"). Empty for every
-- other action and for restores made before this column existed.
alter table revision add column restored_from integer;
