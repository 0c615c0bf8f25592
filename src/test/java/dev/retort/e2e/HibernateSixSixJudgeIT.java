package dev.retort.e2e;

/** {@link HibernateSixSixJudgeTest} on PostgreSQL, with the mappings only PostgreSQL has natively as well. */
class HibernateSixSixJudgeIT extends HibernateJudgeIT {
    @Override
    Judge judge() {
        return ApplicationRelease.SIX_SIX;
    }
}
