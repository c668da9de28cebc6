-- 008: a mission may serve several Groen/Gezond/Slim themes ("Gezond; Slim; Groen").
-- `themes` holds every theme the cell named, in the order typed, when it named more than one;
-- NULL otherwise (a single theme, or none: then `theme` alone says it, as before).
-- `theme` keeps one theme per mission (the first named), so a reader of one theme still works.
-- missions_current (SELECT *) shows the new column without being redefined.
ALTER TABLE missions ADD COLUMN themes TEXT[];
