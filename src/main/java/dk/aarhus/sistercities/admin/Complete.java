package dk.aarhus.sistercities.admin;

/**
 * The Bean Validation group of the rules a draft must meet before it goes public (every required field in
 * every language), as opposed to the default group's rules every save keeps (lengths, formats of what is
 * filled in, what the database needs). A draft is saved incomplete; publishing and an import check both.
 */
public interface Complete {
}
