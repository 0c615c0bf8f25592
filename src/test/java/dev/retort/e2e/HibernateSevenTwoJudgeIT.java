package dev.retort.e2e;

/** {@link HibernateSevenTwoJudgeTest} on PostgreSQL, with the mappings only PostgreSQL has natively as well. */
class HibernateSevenTwoJudgeIT extends HibernateJudgeIT {
    @Override
    Judge judge() {
        return ApplicationRelease.SEVEN_TWO;
    }
}
