// Private keys of the seeded vendors' Maskinporten clients. This is test data, published on purpose (the
// README prints them) so that anyone can sign a grant against a fresh sandbox at once. Never use them elsewhere.

export interface VendorKey {
  clientId: string;
  kid: string;
  privateJwk: Record<string, string>;
}

export const smartcloudKey: VendorKey = {
  clientId: 'a1af479c-dff2-46ae-9170-adc7ff92a413',
  kid: 'smartcloud-test-key-1',
  privateJwk: {
    kty: 'RSA',
    n: 'qGDvD320Crq_TweBPL5iZChYBpgiBASvoGNpYc2yNtPkTEfMj88fJufjV09ghzK3xjTZ39mjRxGfCec4xVUAyyYzC-nhHaLxzgWghdms-tS-458olLg9kD33MuBWV93lRlBVIRReqLwMy0a1lKyKkLWCRjEOz_lwxD4Xbxt17WsLnq1c-OoYFTGzLtyit3mr8dKaqbD3y-jO4vElqWLNwUDrjAyOEvvP3E31hT0kdaLg-AIdpU7d1iP8OeYw06RfXq9zgHua7DriKIA0Hpsu4v0_VXNJI7q6XwdssPU99UnaklmDGbcMp4h_AJBwCzbGGI3VN3Ki79GRFSnc2Od57w',
    e: 'AQAB',
    d: 'yhG5MUbNHHBeg_lyFCKVrBHV7ytHG6Kyluv83bR9wwj8Q9T-Eq9EkI9FaQKfm0PZ64SBxejqW9_swuojcZcRri-ptiJ3-5koryKGAnmK5GP4g9X-AHy-H2ibNfNhq50JfsGMf724OTwAe8T3VCPrygSWGQPG5efGeNPc11duxlmu8SnTyxZzIbdD3v-2Mwn4liYR1393BjszvizuUvg81rfR_4XweZNK_jDNxuSrThzHuzY15Ubxwz5txg-qaGkIxTLVsP-GrA-zEZmzBgl9GYWUiMwnCw5zX7PW3AGATCQ3HmXSEY0cKQcwlBS_AzFS8PaF_ZFRMqy5IgAYEKzJ',
    p: '66zQDlHaWzYmlLXjbHX6zhlK8YXUaV0pTJ7TBRGUzdiqaKv9tcr6dqaaF6uqQHBaZihCan4YKELXNxpAM7E1N6I6u0LWuBsYeWS5NlTgOAUcMedeJkMsSy2qNvcCughyWe1fVoJBKxwj-p9V6mwNvCpKC4fUe2e3yciLC2-9d7k',
    q: 'tuZdSoW55h_JOdwZyqNYnzV9dKcU2Us1fdF-t2AY0_F82cVL_XBK3mYLmpwz8a4Mc6tu2KyLpUsuAdLFBX4uUqZoZf3GHGWvTJc2k4UXrFPaMteNzZnSAlvsDMTyVBnVJMTjRbF5XkgMd9R8MU8RH8lwIavn6Bij3L7kxjiJAuc',
    dp: 'f-Prk5m_kLe2AAUkQPtU-vqmvKIPPo4bl0So5ps_0OS-tMaAi2J2wGRwQmAZp5ZQuBco03lRyqda-r_4DxUe9-3FSVFgC9BIW7fY-i7c7gl332zanpDdPH6vW9x3UlS7GSnDDsLocmh27c4BZZD1cyLPw6oWGFGUXp_BNJeSjaE',
    dq: 'mCJb_S3oqKtN5QvYhD6E68FBfnOwGuK9Ns-4WG3dmQXotPewsrnh_MXi5xMA_gmpH9m8VQyJB8_WD_wyl9QSUftLIXMKg_ps6wdohSKSw2voNpwnvpoxHnc5jJGRhDUMnw4KgaES9EJ35IDhYN6Evuz-kXN9bgh43JgIkXzbMoc',
    qi: '3sYlNlGAKy6-Wqqa2VT44vQqszTfHb6WABDWLkRZgSyYo7FzhX6ab8hiZwuEF-cINoFTsw7WBYRf3DyNUok1uwyjkMlLo8kZt-lPc8jUn4-PGQB4S29kZarmjtZcbdq66KdZgOPIX4Q9etdhagS-V12MOTfqNAK8VjRSC5FCjlY',
  },
};

export const superregnskapKey: VendorKey = {
  clientId: '0dbcc9e4-625a-4a34-b841-cd868c1013ee',
  kid: 'superregnskap-test-key-1',
  privateJwk: {
    kty: 'RSA',
    n: 'm5pchakkfbk2jAqUbn8zWmtm8g8v7njFEVgZmn0r6-inex7OmNMlRgWLEA6EIgj7lq5ShQsOB1cqUCrnacmPpHaSJACMAsj1WxddS_DAA5b-jszO1YhwaRccFVZ_WeKxi8-VDmlZvy6Hn2dlFxTBw3yfs-0NO3EhQc0GiJC0o6vavAWkGL3gEwRBPEXDdOTfrA5bLKEWwPtpwxMeJ4qgFmvIr3Nvi6IkgI1xt7wt-2o79AQpVx71TIygWI31CsKleTHoDAa0ez1l3ldLk-pVPmTYXdfEZ6rumRQTlFGetUDHvBmtdZzwfygYWagoyYENJ1MvtbHn59-kTqDgMrlNsQ',
    e: 'AQAB',
    d: 'BW3rrAtEl3Fyvoyw9LESCuXj--69OqoyoCINlKco9OyTiXd_-HOnoYuYeFk1UZW0J6QSA4vo86ceNhllJTsP_MpZW5G8UO2PqBvG2Ns_6_AlFjj9v5Qo7fXNOE5iF7ISBWGbHxtccxAN0elS7Oz_vNE4plfPZiNSqH_dqj64WtyakX3byKm8hClTt8BAi0Cd0WqOq1aD1QDnoPu_VMpbnNiKIUpHsAEFG3y8pt2Azzl49hwQEKuesquQQNZSD3WWVUvnBHZ5X66UvSL0Dh4TT1E5UfBAlHW2xX2F87rMZ4A9m-ghp1tatHOQxlWfWqBTTc4hJP7_RXYHf0Rayw449Q',
    p: 'yonHabUqtMojXAbiGcQbpvfq6mtJJIPb0bDnG_yuPJGDM5Q1ywAgHqKIiCf_X_xZyYlEk3ByiqGGtMtk_DMsYgjq9szcPrgwjqdRKdwaPnyWDnJy9rcQ16kZY3GWmCRJiMlpiiqlNYAKScptgyi-wXS9ulzLmCnL4aJM59N2Ug0',
    q: 'xK0A7tlJithGazsodvL1RAHC3-eU4jMwe8nPgM5JIVzB9m_37cixZJqA0xqtXTW_dXVaVfrcENouM9NmYz8fntSHgIA8wQfDm1Nhr0xFXSg80cszQ4x3IrJ8cZVsK52vDeXQn9Z0oYWX3Lt15yylwaZG4CkqWMJTWjD5-_bsVTU',
    dp: 'u729UBoz7QOWhT6IJVQoQbx7UDKEyUlE4Pn3MHUn2VMU6CHRP0vtehg1MOjKiuHzJKKOI5FPS3vwzvPetvyEfpc_nehFnAnGUOV9kazJ0vRPcDLcqB8HiLDhrNFkw8CXPSleIEnpfE8kukPfAX4qXE7nc7GCs5jCuXNlkFruyZ0',
    dq: 'j6hGrDAu1aoQFbdKYUgp-pjGvUGssGTvnxvT46PKKwJT8yvqDtevK2rnektcIl9mD-e-Kltoby7O3LAnc4riD-Pxbd09g0mmiUgobCDr8ZW4hw1Dzq1FQCTbXSPltR4ihaY98uJ0op6wRFzxTACCuqY30vh-pAKdW522m2LLUZk',
    qi: 'AQNEJn_kmhKGNyxcZzrBMxhYE44Y4Cl6MfLGA1NjwHMYnbrdX6ZTOjdLHb4k0YeNejhwJ_4_RYV3AaIv02nLts2EAhKuI1c4iv8ABBKwX4h7zQ-79AeQm92CflKOBBBKgl7O0lJwIa2-WNdy8xnMEUpcT0BYAW3jnu5tA756qig',
  },
};
