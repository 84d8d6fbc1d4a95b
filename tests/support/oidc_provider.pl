#!/usr/bin/perl
# A real OpenID Connect provider on 127.0.0.1 for the sign-in tests:
# Debian's LemonLDAP::NG portal (liblemonldap-ng-portal-perl) with its Demo
# users (dwho, rtyler, msmith; password = login), run by Plack's own HTTP
# server in a throw-away folder: no nginx, no FastCGI, nothing under /etc
# or /var/lib. It generates its configuration (lmConf-1.json) and its RSA
# signing key, listens on a free port (or --port) and prints
# "PORT n" once it answers, then serves until killed.
#
#   oidc_provider.pl --dir DIR --client-id hc --client-secret s \
#       --redirect-uri http://127.0.0.1:8080/sign-in/oidc/callback \
#       --roles '{"dwho":"HealthCheck.Admin","rtyler":"HealthCheck.Director"}'
#
# --roles: the app roles (Entra's "roles" claim) each user's ID token
# carries, several separated by ';'; users not named get no roles claim.
# --groups-claim adds Demo's groups as a "groups" claim.
use strict;
use warnings;
use Getopt::Long;
use JSON::PP;
use IO::Socket::INET;
use File::Path qw(make_path);

my %o = (port => 0, 'client-id' => 'healthcheck', 'client-secret' => 'secret', roles => '{}');
GetOptions(\%o, 'dir=s', 'port=i', 'client-id=s', 'client-secret=s', 'redirect-uri=s@', 'roles=s', 'groups-claim')
  or die "bad arguments\n";
die "--dir is required\n" unless $o{dir};
my $dir = $o{dir};
make_path("$dir/conf", "$dir/sessions/lock", "$dir/psessions/lock", "$dir/cache");

# Listen first, so that the issuer URL in the configuration has the port.
my $sock = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $o{port}, Listen => 64, ReuseAddr => 1,
                                 Proto => 'tcp') or die "cannot listen: $!\n";
my $port = $sock->sockport;
my $base = "http://127.0.0.1:$port";

# The signing key: made once per folder, so a restart keeps the same keys.
unless (-e "$dir/sig.key") {
  system('openssl', 'genrsa', '-out', "$dir/sig.key", '2048') == 0 or die "openssl genrsa failed\n";
  system('openssl', 'rsa', '-in', "$dir/sig.key", '-pubout', '-out', "$dir/sig.pub") == 0 or die "openssl rsa failed\n";
}
sub slurp { local $/; open(my $f, '<', $_[0]) or die "$_[0]: $!\n"; my $t = <$f>; close $f; $t }

# The roles claim: a macro of the RP, one branch per named user.
my $roles = decode_json($o{roles});
my $macro = join(' : ', map { my $v = $roles->{$_}; $v =~ s/"/\\"/g; "\$uid eq \"$_\" ? \"$v\"" } sort keys %$roles);
$macro = $macro ? "$macro : \"\"" : '""';

my %claims = (email => 'mail', name => 'cn', preferred_username => 'uid', roles => 'hc_roles;string;always');
$claims{groups} = 'hcGroups;string;always' if $o{'groups-claim'};
my $redirects = join(' ', @{ $o{'redirect-uri'} || [] });

my $conf = {
  cfgNum => 1, cfgVersion => '2.16.1', cfgAuthor => 'health check tests', cfgDate => time,
  authentication => 'Demo', userDB => 'Same', passwordDB => 'Demo', registerDB => 'Null',
  portal => "$base/", domain => '127.0.0.1', cookieName => 'llng', securedCookie => 0, httpOnly => 1,
  globalStorage => 'Apache::Session::File',
  globalStorageOptions => { Directory => "$dir/sessions", LockDirectory => "$dir/sessions/lock",
                            generateModule => 'Lemonldap::NG::Common::Apache::Session::Generate::SHA256' },
  persistentStorage => 'Apache::Session::File',
  persistentStorageOptions => { Directory => "$dir/psessions", LockDirectory => "$dir/psessions/lock" },
  localSessionStorage => '', localSessionStorageOptions => {},
  demoExportedVars => { cn => 'cn', mail => 'mail', uid => 'uid' },
  macros => { hcGroups => q{$groups} },
  exportedVars => {}, groups => {}, locationRules => { '127.0.0.1' => { default => 'accept' } },
  portalSkin => 'bootstrap', whatToTrace => 'uid', timeout => 3600, loginHistoryEnabled => 0, notification => 0,
  checkXSS => 1, requireToken => 1, trustedDomains => '127.0.0.1',
  multiValuesSeparator => ';',
  captcha => 'HcTestNoCaptcha', captcha_login_enabled => 0, captcha_mail_enabled => 0, captcha_register_enabled => 0,
  issuerDBOpenIDConnectActivation => 1, issuerDBOpenIDConnectPath => '^/oauth2/',
  oidcServiceMetaDataIssuer => $base,
  oidcServicePrivateKeySig => slurp("$dir/sig.key"), oidcServicePublicKeySig => slurp("$dir/sig.pub"),
  oidcServiceKeyIdSig => 'hc-test-key-1',
  oidcServiceIgnoreScopeForClaims => 1,
  oidcServiceAllowAuthorizationCodeFlow => 1,
  oidcRPMetaDataOptions => { healthcheck => {
    oidcRPMetaDataOptionsClientID => $o{'client-id'}, oidcRPMetaDataOptionsClientSecret => $o{'client-secret'},
    oidcRPMetaDataOptionsRedirectUris => $redirects, oidcRPMetaDataOptionsIDTokenSignAlg => 'RS256',
    oidcRPMetaDataOptionsBypassConsent => 1, oidcRPMetaDataOptionsRequirePKCE => 1,
    oidcRPMetaDataOptionsIDTokenForceClaims => 1, oidcRPMetaDataOptionsIDTokenExpiration => 300,
    oidcRPMetaDataOptionsUserIDAttr => 'uid', oidcRPMetaDataOptionsDisplayName => 'Health check' } },
  oidcRPMetaDataExportedVars => { healthcheck => \%claims },
  oidcRPMetaDataMacros => { healthcheck => { hc_roles => $macro } },
};
open(my $c, '>', "$dir/conf/lmConf-1.json") or die "$!\n";
print $c JSON::PP->new->canonical->pretty->encode($conf);
close $c;

open(my $ini, '>', "$dir/lemonldap-ng.ini") or die "$!\n";
print $ini <<"INI";
[all]
logLevel = error
checkTime = 600
[configuration]
type = File
dirName = $dir/conf
[portal]
staticPrefix = /static
templateDir = /usr/share/lemonldap-ng/portal/templates
languages = en
INI
close $ini;
$ENV{LLNG_DEFAULTCONFFILE} = "$dir/lemonldap-ng.ini";

# The portal always loads a captcha module, and Debian's needs ImageMagick's
# Perl binding; the tests never ask for a captcha, so an empty one stands in.
{
  package HcTestNoCaptcha;
  sub new { bless {}, shift }
  sub init { 1 }
  sub init_captcha { }
  sub check_captcha { 1 }
  $INC{'HcTestNoCaptcha.pm'} = __FILE__;
}

require Plack::App::URLMap;
require Plack::App::File;
require HTTP::Server::PSGI;
require Lemonldap::NG::Portal::Main;
my $portal = Lemonldap::NG::Portal::Main->run({});
my $map = Plack::App::URLMap->new;
$map->map('/static' => Plack::App::File->new(root => '/usr/share/lemonldap-ng/portal/htdocs/static')->to_app);
$map->map('/' => $portal);
my $app = $map->to_app;

$| = 1;
print "PORT $port\n";
HTTP::Server::PSGI->new(listen_sock => $sock, host => '127.0.0.1', port => $port, timeout => 30)->run($app);
