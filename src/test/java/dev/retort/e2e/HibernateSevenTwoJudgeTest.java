package dev.retort.e2e;

/**
 * {@link HibernateJudgeTest} with Hibernate 7.2, what Spring Boot 4.0 runs, on the entity class path: Retort derives
 * the schema with that release and that release judges, on SQLite files.
 */
class HibernateSevenTwoJudgeTest extends HibernateJudgeTest {
    @Override
    Judge judge() {
        return ApplicationRelease.SEVEN_TWO;
    }
}
