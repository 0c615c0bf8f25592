package dev.retort.sample.fleet;

/** Life cycle shared by users, incidents, tasks and assets. */
public enum Status {
    ACTIVE, PENDING, DISPATCHED, RESOLVED, SUSPENDED, ARCHIVED
}
