/*
 * A module of its own rather than part of admin: the rules hold for every kind of content, and a kind joins by
 * offering a ReviewableKind bean (the admin does so for cities), so the workflow knows no kind, the kinds need no
 * copy of it, and PublishingRights is one answer to "may this account publish now?" for every caller.
 */
/**
 * Approval before publishing, for every subject of the revision store (kind and key): who may publish (roles and
 * the four-eyes setting), drafts sent for review, the queue, approval and rejection, and each step's record.
 */
@ApplicationModule(displayName = "Review", allowedDependencies = {"account", "content", "revision"})
package dk.aarhus.sistercities.review;

import org.springframework.modulith.ApplicationModule;
