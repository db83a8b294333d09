var e,t,n,r,i,a,o,s,c,l,u,d=Symbol.for(`pv`),f={},p=[],m=/^m(i|n|o|s|text|space)$/,h=Array.isArray,g=p.slice,_=Object.assign;function v(e){e&&e.parentNode&&e.remove()}function y(n,r,i,a,o){var s={type:n,props:r,key:i,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:d,__v:o||++t,__i:-1,__u:0};return!o&&e.vnode&&e.vnode(s),s}function b(e){return e.children}function x(e,t){this.props=e,this.context=t,this.__g=0}function S(e,t){if(t==null)return e.__&&S(e.__,e.__i+1);for(var n;t<e.__k.length;t++)if((n=e.__k[t])&&n.__e)return n.__e;return typeof e.type!=`function`||e.props.__P?null:S(e)}function C(t){var n,r=t.__v,i=r.__e,a=[],o=[],s=t.__P;s&&((n=_({constructor:d},r)).__v=r.__v+1,e.vnode&&e.vnode(n),N(s,n,r,t.__n,s.namespaceURI,32&r.__u?[i]:null,a,i||S(r),32&r.__u,o),n.__v=r.__v,n.__.__k[n.__i]=n,re(a,n,o),r.__=r.__e=null,n.__e!=i&&w(n))}function w(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),w(e)}function T(t){(8&t.__g||(t.__g|=8,n.push(t),i++))&&r==e.debounceRendering||((r=e.debounceRendering)||queueMicrotask)(E)}function E(){try{for(var e,t=1;n.length;)n.length>t&&n.sort(a),e=n.shift(),t=n.length,8&e.__g&&C(e)}finally{(i=n.length)&&(r||queueMicrotask)(E)}}function ee(e,t,n,r,i,a,o,s,c,l,u){var d,m,h,g,_,v,y=r.__k||p,b=t.length;for(c=D(n,t,y,c,b),d=0;d<b;d++)(h=n.__k[d])!=null&&(m=~h.__i&&y[h.__i]||f,h.__i=d,v=N(e,h,m,i,a,o,s,c,l,u),g=h.__e,(m.ref!=h.ref||8&m.__u)&&(m.ref&&P(m.ref,null,h,m),h.ref&&u.push(h.ref,h.__c||g,h)),_||=g,4&h.__u?(c=O(h,c,e,!m.__v),m.__e&&(m.__e=null)):typeof h.type==`function`&&v!==void 0?c=v:g&&(c=g.nextSibling),h.__u&=-21);return n.__e=_,c}function D(e,t,n,r,i){var a,o,s,c,l,u,f,p,m,g=n.length,_=g,v=0,x=0,C=e.__k=Array(i);for(a=0;a<i;a++)(o=t[a])!=null&&typeof o!=`boolean`&&typeof o!=`function`?(typeof o!=`object`||o.constructor===String?o=C[a]=y(null,o):h(o)?o=C[a]=y(b,{children:o}):o.constructor===d&&o.__b?o=C[a]=y(o.type,o.props,o.key,o.ref,o.__v):C[a]=o,c=a+v,o.__=e,o.__b=e.__b+1,s=null,~(l=o.__i=k(o,n,c,_))&&(_--,(s=n[l])&&(s.__u|=2)),s&&s.__v?(o.__u|=16,l==c-1?v--:l==c+1?v++:l!=c&&(l>c?v--:v++,x=1)):(~l||(i>g?v--:i<g&&v++),typeof o.type!=`function`&&(o.__u|=4))):C[a]=null;if(x){for(u=[],f=[],a=0;a<i;a++)if((o=C[a])&&16&o.__u){for(v=0,p=u.length;v<p;)u[m=v+p>>1]<o.__i?v=m+1:p=m;u[v]=o.__i,f[a]=v+1}for(v=u.length;a--;)f[a]&&(f[a]==v?v--:C[a].__u|=4)}if(_)for(a=0;a<g;a++)!(s=n[a])||2&s.__u||(s.__e==r&&(r=S(s)),ae(s,s));return r}function O(e,t,n,r){var i,a,o,s;if(typeof e.type==`function`){if(e.props.__P)return t;if(i=e.__k)for(a=0;a<i.length;a++)i[a]&&(i[a].__=e,t=O(i[a],t,n,!1));return t}for(t&&!t.parentNode&&(t=S(e))&&!t.parentNode&&(t=null),o=e.__e,s=t;s&&s.nodeType==8;)s=s.nextSibling;for(o!=s&&(!r&&n.moveBefore&&o.parentNode?n.moveBefore(o,t):n.insertBefore(o,t||null)),t=o;(t&&=t.nextSibling)&&t.nodeType==8&&!t.data.startsWith(`$s`););return t}function k(e,t,n,r){var i,a=e.key,o=e.type,s=t[n],c=s&&!(2&s.__u);if(s===null&&a==null||c&&a==s.key&&o==s.type)return n;if(r>+!!c){for(i=n-1;i>=0;i--)if((s=t[i])&&!(2&s.__u)&&a==s.key&&o==s.type)return i;for(i=n+1;i<t.length;i++)if((s=t[i])&&!(2&s.__u)&&a==s.key&&o==s.type)return i}return-1}function A(e,t,n){n??=``,t[0]==`-`?e.setProperty(t,n):e[t]=n}function j(e,t,n,r,i){var a,o;if(t==`style`){if(typeof n==`string`)e.style.cssText=n;else{if(typeof r==`string`&&(e.style.cssText=r=``),r)for(t in r)n&&t in n||A(e.style,t);if(n)for(t in n)r&&n[t]==r[t]||A(e.style,t,n[t])}}else if(t[0]==`o`&&t[1]==`n`)typeof n!=`function`&&(n=null),typeof r!=`function`&&(r=null),(e.__e||={})[t]=n,n&&r||(o=l[t]||(l[t]=M(t)),(e.__a||={})[t]=c,a=t!=(t=t.replace(s,`$1`)),(t=t.slice(2))[0]<`a`&&(t=t.toLowerCase()),n?e.addEventListener(t,o,a):e.removeEventListener(t,o,a));else{if(i==`http://www.w3.org/2000/svg`)t=t.replace(/xlink(H|:h)/,`h`).replace(/sName$/,`s`);else if(t!=`width`&&t!=`height`&&t!=`href`&&t!=`list`&&t!=`form`&&t!=`tabIndex`&&t!=`download`&&t!=`rowSpan`&&t!=`colSpan`&&t!=`role`&&t!=`popover`&&t in e)try{e[t]=n??``;return}catch{}if(typeof n==`function`)return;n==null||!1===n&&t[4]!=`-`?e.removeAttribute(t):e.setAttribute(t,t==`popover`&&n==1?``:n)}}function M(t){return function(n){var r=this.__e;if(r){if(r=r[t],n[o]==null)n[o]=c++;else if(n[o]<this.__a[t])return;return r(e.event?e.event(n):n)}}}function N(t,n,r,i,a,o,s,c,l,u){var f,m,g,y,C,w,T,E,D,O,k,A,j,M,N,re,P,F,I=n.type;if(n.constructor!==d)return null;128&r.__u&&(l=32&r.__u,f=r.__c.__z)&&(n.__u|=l,m=o=[],f.nodeType==8?c=te(f,o):o.push(f),c=o[0]||c),(f=e.__b)&&f(n);n:if(typeof I==`function`){g=s.length;try{if(E=n.props,D=(f=I.prototype)&&f.render,O=(f=I.contextType)&&i[f.__c],k=f?O?O.props.value:f.__:i,(y=r.__c)?(n.__c=y,2&y.__g&&(y.__g|=1)):(D?n.__c=y=new I(E,k):(n.__c=y=new x(E,k),y.constructor=I,y.render=oe),O&&O.sub(y),y.state||(y.state={}),y.__n=i,y.__g|=8,y.__h=[],y.__k=[]),D&&(y.__s||(y.__s=y.state),I.getDerivedStateFromProps&&(y.__s==y.state&&(y.__s=_({},y.__s)),_(y.__s,I.getDerivedStateFromProps(E,y.__s)))),C=y.props,w=y.state,y.__v=n,r.__c){if(E!==C&&D&&!I.getDerivedStateFromProps&&y.componentWillReceiveProps&&y.componentWillReceiveProps(E,k),n.__v==r.__v&&!(8&y.__g)||!(4&y.__g)&&y.shouldComponentUpdate&&!1===y.shouldComponentUpdate(E,y.__s,k)){n.__v!=r.__v&&(y.props=E,y.state=y.__s,y.__g&=-9),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(e){e&&(e.__=n)}),p.push.apply(y.__h,y.__k),y.__k=[],y.__h.length&&s.push(y),c=S(r);break n}y.componentWillUpdate&&y.componentWillUpdate(E,y.__s,k),D&&y.componentDidUpdate&&y.__h.push(function(){y.componentDidUpdate(C,w,T)})}else D&&!I.getDerivedStateFromProps&&y.componentWillMount&&y.componentWillMount(),D&&y.componentDidMount&&y.__h.push(y.componentDidMount);y.context=k,y.props=E,y.__P=t,y.__g&=-5,A=e.__r,j=D?25:0;do y.__g&=-9,A&&A(n),f=y.render(y.props,y.state=y.__s,y.context);while(8&y.__g&&++j<25);D&&(p.push.apply(y.__h,y.__k),y.__k=[]),y.state=y.__s,y.getChildContext&&(i=_({},i,y.getChildContext())),D&&r.__c&&y.getSnapshotBeforeUpdate&&(T=y.getSnapshotBeforeUpdate(C,w)),M=f&&f.type===b&&f.key==null?f.props.children:f,E.__P&&(f=c,a=(t=E.__P).namespaceURI,l=o=null,r.props&&r.props.__P!=t&&(r.__k.some(function(e){e&&ae(e,e)}),r.__k=null),c=r.__k?S(r,0):null),c=ee(t,h(M)?M:[M],n,r,i,a,o,s,c,l,u),E.__P&&(n.__e=null,c=f),n.__u&=-161,m&&m.some(v),y.__h.length&&s.push(y),1&y.__g&&(y.__g&=-4)}catch(t){if(s.length=g,n.__v=null,l||o){if(t&&t.then){if(n.__u|=128|l,o){for(~(P=o.indexOf(c||void 0))||(P=o.length);(F=o[P-1])&&F.nodeType==8;)P--;for(;P<o.length;P++)if(F=o[P]){if(o[P]=null,N){if(F==re)break}else{if(F.nodeType!=8)break;F.data.startsWith(`$s`)&&(re=te(N=F))}}}if(!N){for(;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;N=c}(f=te(N=n.__c.__z||(n.__c.__z=N)))?(n.__e=N,c=f):n.__e=c,c&&=c.nextSibling}else o&&o.some(v)}else n.__e=r.__e;n.__k||=r.__k||[],t&&t.then||ne(n),e.__e(t,n,r)}}else c=n.__e=ie(r.__e,n,r,i,a,o,s,l,u,t);return(f=e.diffed)&&f(n),c}function te(e,t){if(e&&e.nodeType==8&&e.data.startsWith(`$s`))for(var n=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith(`$s`))n++;else if(e.data.startsWith(`/$s`)&&!--n)return e}t&&t.push(e)}}function ne(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(ne))}function re(t,n,r){for(var i=0;i<r.length;)P(r[i++],r[i++],r[i++]);e.__c&&e.__c(n,t),t.some(function(n){try{t=n.__h,n.__h=[],t.some(function(e){e.call(n)})}catch(t){e.__e(t,n.__v)}})}function ie(t,n,r,i,a,o,s,c,l,u){var d,p,_,y,b,x,C,w,T=r.props||f,E=n.props,D=n.type;if(D==`svg`?a=`http://www.w3.org/2000/svg`:D==`math`?a=`http://www.w3.org/1998/Math/MathML`:a||=`http://www.w3.org/1999/xhtml`,o){for(d=0;d<o.length;d++)if((b=o[d])&&(D?b.localName==D:b.nodeType==3)){t=b,o[d]=null;break}}if(!t){if(w=u.ownerDocument||document,!D)return w.createTextNode(E);t=w.createElementNS(a,D,E.is?E:u),c&&=(e.__m&&e.__m(n,o),!1),o=null}if(D){if(u=D==`template`&&t.content||t,o=D==`textarea`&&E.defaultValue!=null?null:o&&g.call(u.childNodes),!c&&o)for(T={},d=0;d<t.attributes.length;d++)T[(b=t.attributes[d]).name]=b.value;for(d in T)b=T[d],d==`dangerouslySetInnerHTML`?_=b:d==`children`||d in E||d==`value`&&`defaultValue`in E||d==`checked`&&`defaultChecked`in E||j(t,d,null,b,a);for(d in E)b=E[d],d==`children`?y=b:d==`dangerouslySetInnerHTML`?p=b:d==`value`?x=b:d==`checked`?C=b:c&&typeof b!=`function`||T[d]===b||j(t,d,b,T[d],a);p?(c||_&&(p.__html==_.__html||p.__html==t.innerHTML)||(t.innerHTML=p.__html),n.__k=[]):(_&&(t.textContent=``),(D==`foreignObject`||a==`http://www.w3.org/1998/Math/MathML`&&m.test(D))&&(a=`http://www.w3.org/1999/xhtml`),ee(u,h(y)?y:[y],n,r,i,a,o,s,o?o[0]:r.__k&&S(r,0),c,l),o&&o.some(v)),c&&D!=`textarea`||(d=`value`,D==`progress`&&x==null?t.removeAttribute(d):x==null||x===t[d]&&(D!=`progress`||x)||j(t,d,x,T[d],a),d=`checked`,C!=null&&C!=t[d]&&j(t,d,C,T[d],a))}else T===E||c&&t.data==E||(t.data=E);return t}function P(t,n,r,i){try{typeof t==`function`?n?n.__x=t(n)||1:(i&&=i.__c||i.__e)&&(n=i.__x)&&(i.__x=null,typeof n==`function`?n():t(null)):t.current=n}catch(t){e.__e(t,r)}}function ae(t,n,r){var i,a,o,s;if(e.unmount&&e.unmount(t),!(i=t.ref)||i.current&&i.current!=t.__e||P(i,null,n,t),i=t.__c){if(i.componentWillUnmount)try{i.componentWillUnmount()}catch(t){e.__e(t,n)}i.__P=i.__n=null}if(i=t.__k)for(s=0;s<i.length;s++)i[s]&&ae(i[s],n,typeof t.type!=`function`||r&&!t.props.__P);!r&&(i=t.__c)&&(i=i.__z)&&(a=te(i,o=[]))&&(i==t.__e&&o.some(v),v(a),v(i)),r||v(t.__e),t.__e=t.__c=t.__=null}function oe(e,t,n){return this.constructor(e,n)}function F(t,n){var r,i,a,o;e.__&&e.__(t,n),n.nodeType==9&&(n=n.documentElement),i=(r=t&&32&t.__u)?null:n.__k,n.__k=y(b,{children:[t]}),a=[],o=[],N(n,n.__k,i||f,f,n.namespaceURI,i?null:n.firstChild?g.call(n.childNodes):null,a,i?i.__e:n.firstChild,r,o),re(a,n.__k,o),n.__k.props.children=null}function I(e){function t(e){var n,r;return this.getChildContext||(n=new Set,(r={})[t.__c]=this,this.getChildContext=function(){return r},this.shouldComponentUpdate=function(e){this.props.value!=e.value&&n.forEach(function(e){e.__g|=4,T(e)})},this.sub=function(e){n.add(e);var t=e.componentWillUnmount;e.componentWillUnmount=function(){n.delete(e),t&&t.call(e)}}),e.children}return t.__c=`__cC`+u++,t.__=e,t.Provider=(t.Consumer=function(e,t){return e.children(t)}).contextType=t,t}e={__e:function(e,t,n,r){for(var a,o,s;t=t.__;)if((a=t.__c)&&!(1&a.__g)){a.__g|=4;try{if((s=(o=a.constructor)&&o.getDerivedStateFromError)&&a.setState(o.getDerivedStateFromError(e)),a.componentDidCatch&&(a.componentDidCatch(e,r||{}),s=1),s&&8&a.__g)return void(a.__g|=2)}catch(t){e=t}}throw i=0,e}},t=0,x.prototype.setState=function(e,t){var n=this.__s;n&&n!=this.state||(n=this.__s=_({},this.state)),typeof e==`function`&&(e=e(_({},n),this.props)),e&&(_(n,e),this.__v&&(t&&this.__k.push(t),T(this)))},x.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),T(this))},x.prototype.render=b,n=[],i=0,a=function(e,t){return e.__v.__b-t.__v.__b},o=Symbol(),s=/(PointerCapture)$|Capture$/i,c=0,l={},u=0;var L,R,se,ce,le=Object.is,z=0,ue=[],de=[],B=e,fe=B.__b,pe=B.__r,me=B.diffed,he=B.__c,ge=B.unmount,_e=B.__;function ve(e,t){B.__h&&B.__h(R,e,z||t),z=0;var n=R.__H||(R.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function V(e){return z=1,ye(ke,e)}function ye(e,t,n){var r=ve(L++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):ke(void 0,t),function(e){var t=(r.__N||r.__)[0],n=r.t(t,e);le(t,n)||(r.__N=[n,r.__[1]],r.__c.setState({}))}],r.__c=R,!R.__f)){R.__f=!0;var i=R.shouldComponentUpdate;R.shouldComponentUpdate=function(e,t,n){var r=this.__H;if(!r)return!0;var a=!1,o=this.props!=e;if(r.__.some(function(e){e.__N&&(a=!0,le(e.__[0],e.__N[0])||(o=!0))}),i){var s=i.call(this,e,t,n);return a?s||o:s}return!a||o}}return r.__}function H(e,t){var n=ve(L++,3);!B.__s&&Oe(n.__H,t)&&(n.__P=!0,n.__=e,n.u=t,R.__H.__h.push(n))}function be(e,t){var n=ve(L++,7);return Oe(n.__H,t)&&(n.__=e(),n.__H=t),n.__}function xe(e,t){return z=8,be(function(){return e},t)}function Se(e){var t=R.context[e.__c],n=ve(L++,9);return n.c=e,t?(n.__??(n.__=!0,t.sub(R)),t.props.value):e.__}function Ce(){var e;do{for(;e=de.shift();)try{U(e)}catch(t){B.__e(t,{__:(e=e.__P)&&e.__v})}for(;e=ue.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(U),t.__h.some(De),t.__h=[]}catch(n){t.__h=[],B.__e(n,e.__v)}}}while(de.length)}B.__b=function(e){R=null,fe&&fe(e)},B.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),_e&&_e(e,t)},B.__r=function(e){pe&&pe(e),L=0;var t=(R=e.__c).__H;t&&(se==R?R.__h=[]:(t.__h.some(U),t.__h.some(De),L=0),t.__h=[],t.__.some(function(e){e.__N&&(e.__=e.__N),e.u=e.__N=void 0})),se=R},B.diffed=function(e){me&&me(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&Ee(ue.push(t)),t.__H.__.some(function(e){e.u&&(e.__H=e.u)})),se=R=null},B.__c=function(e,t){t.some(function(e){try{e.__h.some(U),e.__h=e.__h.filter(function(e){return!e.__||De(e)})}catch(t){e.__h=[function(){throw t}]}}),he&&he(e,t)},B.unmount=function(e){ge&&ge(e);var t,n,r=e.__c;r&&r.__H&&(r.__H.__.some(function(r){try{if(r.__P&&r.__c){if(n===void 0){for(n=e.__;n&&(!n.__c||!n.__c.__P);)n=n.__;n&&=n.__c}r.__P=n,Ee(de.push(r))}else U(r)}catch(e){t=e}}),r.__H=void 0,t&&B.__e(t,r.__v))};var we=typeof requestAnimationFrame==`function`;function Te(e){var t,n=function(){clearTimeout(r),we&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);we&&(t=requestAnimationFrame(n))}function Ee(e){e!=1&&ce==B.requestAnimationFrame||((ce=B.requestAnimationFrame)||Te)(Ce)}function U(e){var t=R,n=e.__c;typeof n==`function`&&(e.__c=void 0,n()),R=t}function De(e){var t=R;e.__c=e.__(),R=t}function Oe(e,t){return!e||e.length!=t.length||t.some(function(t,n){return!le(t,e[n])})}function ke(e,t){return typeof t==`function`?t(e):t}var W=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}},Ae=new W(`
    mutation AcknowledgeDisposalReport($id: ID!) {
  acknowledgeDisposalReport(id: $id) {
    receipt
    ...DisposalReportFields
  }
}
    fragment DisposalReportFields on DisposalReport {
  id
  version
  idempotencyKey
  platform {
    uscc
  }
  domicileRegion
  subject {
    kind
    person {
      name
      idDocument {
        type
        number
      }
    }
    business {
      name
      uscc
    }
    liveAccounts {
      accountId
      nickname
    }
    businessRegion
    domicileRegion
  }
  measures {
    type
    name
    startsAt
    endsAt
    lifted
  }
  facts
  legalBasis {
    law
    article
  }
  trigger {
    kind
    noticeId
  }
  decidedAt
  reportedAt
  reportingLagSeconds
  severe
  recipients {
    authority
    level
    region
    mustAcknowledge
    acknowledgedAt
  }
  fullyAcknowledged
  awaitingMyAcknowledgement
}`),je=new W(`
    mutation AnswerNotice($id: ID!, $input: NoticeAnswerInput!) {
  answerNotice(id: $id, input: $input) {
    receipt
    ...NoticeFields
  }
}
    fragment NoticeFields on Notice {
  id
  kind
  status
  platform {
    uscc
  }
  sender {
    authority
    level
    region
  }
  summary
  assistance {
    purpose
    urgent
    products {
      name
      identifiers
    }
  }
  sentAt
  updatedAt
  dueAt
  dueDate
  dueApproximate
  overdue
  acknowledgedAt
  answers {
    seq
    answeredAt
    disposalReportIds
    contactUpdated
  }
  closedAt
  outcome
}`),Me=new W(`
    query BlacklistCheck($subjects: [CheckSubjectInput!]!, $purpose: CheckPurpose!) {
  blacklistCheck(subjects: $subjects, purpose: $purpose) {
    listed
    matches {
      listingPlatformName
      listedSince
      expiresAt
      status
      appealPending
    }
  }
}
    `),Ne=new W(`
    mutation OpenFiling($period: String!) {
  openFiling(period: $period) {
    receipt
    ...FilingFields
  }
}
    fragment FilingFields on Filing {
  id
  platform {
    uscc
  }
  platformDomicile
  period
  status
  openedAt
  submittedAt
  onTime
  acknowledgedAt
  acknowledgedBy
  batchCount
  operatorCount
  streamerCount
  staleOperatorCount
  staleStreamerCount
  digest
}`),Pe=new W(`
    query Filings($platformUscc: String, $period: String, $first: Int, $after: String) {
  filings(
    platformUscc: $platformUscc
    period: $period
    first: $first
    after: $after
  ) {
    edges {
      cursor
      node {
        ...FilingFields
      }
    }
    pageInfo {
      ...PageFields
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment FilingFields on Filing {
  id
  platform {
    uscc
  }
  platformDomicile
  period
  status
  openedAt
  submittedAt
  onTime
  acknowledgedAt
  acknowledgedBy
  batchCount
  operatorCount
  streamerCount
  staleOperatorCount
  staleStreamerCount
  digest
}`),Fe=new W(`
    query DisposalReports($filter: DisposalReportFilter, $first: Int, $after: String) {
  disposalReports(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        ...DisposalReportFields
      }
    }
    pageInfo {
      ...PageFields
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment DisposalReportFields on DisposalReport {
  id
  version
  idempotencyKey
  platform {
    uscc
  }
  domicileRegion
  subject {
    kind
    person {
      name
      idDocument {
        type
        number
      }
    }
    business {
      name
      uscc
    }
    liveAccounts {
      accountId
      nickname
    }
    businessRegion
    domicileRegion
  }
  measures {
    type
    name
    startsAt
    endsAt
    lifted
  }
  facts
  legalBasis {
    law
    article
  }
  trigger {
    kind
    noticeId
  }
  decidedAt
  reportedAt
  reportingLagSeconds
  severe
  recipients {
    authority
    level
    region
    mustAcknowledge
    acknowledgedAt
  }
  fullyAcknowledged
  awaitingMyAcknowledgement
}`),Ie=new W(`
    query Notices($filter: NoticeFilter, $first: Int, $after: String, $updatedSince: DateTime) {
  notices(
    filter: $filter
    first: $first
    after: $after
    updatedSince: $updatedSince
  ) {
    edges {
      cursor
      node {
        ...NoticeFields
      }
    }
    pageInfo {
      ...PageFields
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment NoticeFields on Notice {
  id
  kind
  status
  platform {
    uscc
  }
  sender {
    authority
    level
    region
  }
  summary
  assistance {
    purpose
    urgent
    products {
      name
      identifiers
    }
  }
  sentAt
  updatedAt
  dueAt
  dueDate
  dueApproximate
  overdue
  acknowledgedAt
  answers {
    seq
    answeredAt
    disposalReportIds
    contactUpdated
  }
  closedAt
  outcome
}`),Le=new W(`
    query AccessLog($filter: AccessLogFilter, $first: Int, $after: String, $identityRegistry: Boolean! = false, $penaltyReports: Boolean! = false, $blacklist: Boolean! = false, $caseCooperation: Boolean! = false) {
  accessLog(filter: $filter) {
    scope
    identityRegistry(first: $first, after: $after) @include(if: $identityRegistry) {
      ...AccessRecordPage
    }
    penaltyReports(first: $first, after: $after) @include(if: $penaltyReports) {
      ...AccessRecordPage
    }
    blacklist(first: $first, after: $after) @include(if: $blacklist) {
      ...AccessRecordPage
    }
    caseCooperation(first: $first, after: $after) @include(if: $caseCooperation) {
      ...AccessRecordPage
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}
fragment AccessRecordPage on AccessRecordConnection {
  edges {
    cursor
    node {
      id
      service
      at
      principalOrg
      principalName
      certSerial
      operation
      recordType
      recordIds
    }
  }
  pageInfo {
    ...PageFields
  }
}`),Re=new W(`
    mutation SubmitDisposalReport($input: DisposalReportInput!) {
  submitDisposalReport(input: $input) {
    ...DisposalReportFields
    receipt
  }
}
    fragment DisposalReportFields on DisposalReport {
  id
  version
  idempotencyKey
  platform {
    uscc
  }
  domicileRegion
  subject {
    kind
    person {
      name
      idDocument {
        type
        number
      }
    }
    business {
      name
      uscc
    }
    liveAccounts {
      accountId
      nickname
    }
    businessRegion
    domicileRegion
  }
  measures {
    type
    name
    startsAt
    endsAt
    lifted
  }
  facts
  legalBasis {
    law
    article
  }
  trigger {
    kind
    noticeId
  }
  decidedAt
  reportedAt
  reportingLagSeconds
  severe
  recipients {
    authority
    level
    region
    mustAcknowledge
    acknowledgedAt
  }
  fullyAcknowledged
  awaitingMyAcknowledgement
}`),ze=new W(`
    query SearchOperators($filter: OperatorFilter!, $first: Int, $after: String) {
  liveRoomOperators(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        platform {
          uscc
        }
        filingId
        period
        kind
        name
        uscc
        idDocument {
          type
          number
        }
        businessAddress {
          regionCode
          detail
        }
        liveAccounts {
          accountId
          nickname
        }
        verifiedAt
        verificationStale
      }
    }
    pageInfo {
      ...PageFields
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`),Be=new W(`
    query SearchStreamers($filter: StreamerFilter!, $first: Int, $after: String) {
  liveStreamers(filter: $filter, first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        platform {
          uscc
        }
        filingId
        period
        name
        idDocument {
          type
          number
        }
        residence {
          regionCode
          detail
        }
        agency {
          name
          uscc
        }
        operators {
          uscc
          liveAccountId
        }
        verifiedAt
        verificationStale
      }
    }
    pageInfo {
      ...PageFields
    }
  }
}
    fragment PageFields on PageInfo {
  hasNextPage
  endCursor
}`),Ve=new W(`
    query FilingCompliance($period: String!) {
  filingCompliance(period: $period) {
    platform {
      uscc
      name
      domicileRegion
    }
    period
    status
    overdue
    filing {
      id
    }
    submittedAt
    operatorCount
    streamerCount
    staleOperatorCount
    staleStreamerCount
    verificationStale
  }
}
    `),He=new W(`
    mutation SendNotice($input: NoticeInput!) {
  sendNotice(input: $input) {
    receipt
    ...NoticeFields
  }
}
    fragment NoticeFields on Notice {
  id
  kind
  status
  platform {
    uscc
  }
  sender {
    authority
    level
    region
  }
  summary
  assistance {
    purpose
    urgent
    products {
      name
      identifiers
    }
  }
  sentAt
  updatedAt
  dueAt
  dueDate
  dueApproximate
  overdue
  acknowledgedAt
  answers {
    seq
    answeredAt
    disposalReportIds
    contactUpdated
  }
  closedAt
  outcome
}`),Ue=new W(`
    query Viewer {
  viewer {
    role
    org
    name
    region
    authority
    level
    certSerial
  }
}
    `),G=class extends Error{code;problems;constructor(e,t,n=[]){super(t),this.code=e,this.problems=n}reasonsFor(e,t=!1){let n=n=>!t&&(n.startsWith(`${e}.`)||n.startsWith(`${e}[`));return this.problems.filter(t=>t.path===e||n(t.path)).map(e=>e.reason)}};async function K(e,t){let n;try{n=await fetch(`/graphql`,{method:`POST`,headers:{"content-type":`application/json`,accept:`application/graphql-response+json, application/json`},body:JSON.stringify({query:e.toString(),variables:t}),credentials:`same-origin`})}catch(e){throw new G(`NETWORK_ERROR`,e.message)}let r;try{r=await n.json()}catch{throw new G(`BAD_RESPONSE`,`HTTP ${n.status}`)}let i=r.errors?.[0];if(i){let e=r.errors.flatMap(e=>e.extensions?.problems??[]);throw new G(i.extensions?.code??`INTERNAL_SERVER_ERROR`,i.message,e)}if(!r.data)throw new G(`BAD_RESPONSE`,`HTTP ${n.status}`);return r.data}var We={notices:`通知收件箱`,entries:`我方黑名单与申诉`,report:`报告处置措施`,reports:`处置报告`,reportDetail:`处置报告详情`,send:`发送通知`,search:`登记信息查询`,accessLog:`个人信息访问日志`,answer:`答复`,answerTo:`答复通知`,answerSent:`已答复`,disposalReportIds:`据此报送的处置报告编号（以逗号分隔）`,answerData:`结构化数据（JSON，可选）`,notJson:`不是有效的 JSON`,contactUpdated:`当事人已更新联系方式（第二十二条第四款）`,updatedContact:`更新后的联系方式`,yes:`是`,no:`否`,phone:`电话`,email:`电子邮箱`,regionCode:`行政区划代码`,addressDetail:`详细地址`,unreachableAt:`无法联系的地址`,sender:`发送机关`,subjectName:`名称或姓名`,term:`期限`,appeals:`申诉`,grounds:`申诉理由`,decidedAt:`决定时间`,subjectKind:`对象类型`,OPERATOR:`直播间运营者`,STREAMER:`直播营销人员`,AGENCY:`直播营销人员服务机构`,givenAs:`对象身份`,businessName:`企业名称`,personName:`姓名`,idType:`证件类型`,idNumber:`证件号码`,liveAccount:`直播账号`,businessRegion:`实际经营地区划代码`,domicileRegion:`住所地区划代码`,measureType:`处置措施`,startsAt:`开始时间`,endsAt:`结束时间`,facts:`违法违规事实`,law:`依据（法律法规或平台规则）`,article:`条款`,trigger:`处置起因`,noticeId:`通知编号`,decidedAtField:`作出处置决定的时间`,submitReport:`提交处置报告`,reportSaved:`处置报告已提交`,formFailed:`未提交，请按提示修改标出的字段：`,version:`版本`,history:`修订记录`,reason:`修订理由`,recipients:`接收机关`,mustAcknowledge:`需确认`,view:`查看`,noSuchReport:`没有这份报告，或您无权查看。`,platformUscc:`平台统一社会信用代码`,legalBasis:`法律依据`,dueAtField:`要求报告日期（可选，至少一个工作日后）`,duePreviewSender:`答复期限为您填写的日期：`,duePreviewWorking:`答复期限为发送之日起五个工作日（第二十二条第二款），由交换平台按其工作日历（含调休）在发送时计算，发送后显示。`,sendNotice:`发送`,noticeSent:`通知已发送，答复期限：`,approximate:`（工作日历未覆盖该年，期限为估算）`,searchBy:`查询方式`,searchKey:`查询内容`,byName:`名称或姓名`,byId:`证件号码`,byUscc:`统一社会信用代码`,byAccount:`直播账号`,searchRun:`查询`,verifiedAt:`核验时间`,service:`服务`,at:`时间`,reader:`访问机关`,operation:`操作`,recordType:`记录类型`,records:`记录`,identityRegistry:`登记信息`,penaltyReports:`处置报告`,blacklist:`黑名单`,caseCooperation:`案件协作`,COMPLAINT:`投诉举报`,PATROL:`平台巡查`,PLATFORM_DETECTION:`平台监测`,REGULATOR_NOTICE:`监管部门通报`,FILED:`待决定`,UPHELD:`维持`,OVERTURNED:`撤销`,ACTIVE:`生效中`,UNDER_APPEAL:`申诉中`,EXPIRED:`已到期`,REMOVED:`已移除`,WARNING:`警示`,FEATURE_RESTRICTION:`限制功能`,TRAFFIC_RESTRICTION:`限制流量`,LIVE_SUSPENSION:`暂停直播`,TIMED_BROADCAST_BAN:`限期停播`,ACCOUNT_CLOSURE:`关闭账号`,REREGISTRATION_BAN:`禁止重新注册账号`,BLACKLISTING:`列入黑名单`,RESIDENT_ID:`居民身份证`,PASSPORT:`护照`,HK_MACAO_PERMIT:`港澳居民来往内地通行证`,TAIWAN_PERMIT:`台湾居民来往大陆通行证`,FOREIGN_PERMANENT_ID:`外国人永久居留身份证`},Ge={notices:`Notice inbox`,entries:`Our blacklist entries and appeals`,report:`Report a disposal`,reports:`Disposal reports`,reportDetail:`Disposal report`,send:`Send a notice`,search:`Registry search`,accessLog:`Personal-data access log`,answer:`Answer`,answerTo:`Answer the notice`,answerSent:`Answered`,disposalReportIds:`Disposal reports filed in response (ids, comma-separated)`,answerData:`Structured data (JSON, optional)`,notJson:`is not valid JSON`,contactUpdated:`The subject updated its contact details (Art 22 ¶4)`,updatedContact:`Updated contact details`,yes:`Yes`,no:`No`,phone:`Phone`,email:`E-mail`,regionCode:`Region code`,addressDetail:`Address`,unreachableAt:`Where the subject was not reachable`,sender:`Sender`,subjectName:`Name`,term:`Term`,appeals:`Appeals`,grounds:`Grounds`,decidedAt:`Decided`,subjectKind:`Subject kind`,OPERATOR:`Live-room operator`,STREAMER:`Live streamer`,AGENCY:`Streamer agency`,givenAs:`Given as`,businessName:`Business name`,personName:`Name`,idType:`Document type`,idNumber:`Document number`,liveAccount:`Live account`,businessRegion:`Business region code`,domicileRegion:`Domicile region code`,measureType:`Measure`,startsAt:`Starts`,endsAt:`Ends`,facts:`Facts`,law:`Law, regulation or platform rule`,article:`Article`,trigger:`Trigger`,noticeId:`Notice id`,decidedAtField:`Decided at`,submitReport:`Submit the report`,reportSaved:`Disposal report submitted`,formFailed:`Not submitted; correct the fields marked:`,version:`Version`,history:`History`,reason:`Reason for the change`,recipients:`Recipients`,mustAcknowledge:`Must acknowledge`,view:`View`,noSuchReport:`There is no such report, or you may not read it.`,platformUscc:`Platform USCC`,legalBasis:`Legal basis`,dueAtField:`Report wanted by (optional, at least one working day ahead)`,duePreviewSender:`Due on the date you give:`,duePreviewWorking:`Due five working days after sending (Art 22 ¶2), counted by the exchange on its working calendar (with make-up days) when it is sent; shown once sent.`,sendNotice:`Send`,noticeSent:`Notice sent; due:`,approximate:`(the working calendar does not cover that year: an estimate)`,searchBy:`Search by`,searchKey:`Search for`,byName:`Name`,byId:`ID document number`,byUscc:`USCC`,byAccount:`Live account`,searchRun:`Search`,verifiedAt:`Verified`,service:`Service`,at:`At`,reader:`Read by`,operation:`Operation`,recordType:`Record type`,records:`Records`,identityRegistry:`Registry`,penaltyReports:`Disposal reports`,blacklist:`Blacklist`,caseCooperation:`Case cooperation`,COMPLAINT:`Complaint`,PATROL:`Patrol`,PLATFORM_DETECTION:`Platform detection`,REGULATOR_NOTICE:`Regulator notice`,FILED:`Awaiting decision`,UPHELD:`Upheld`,OVERTURNED:`Overturned`,ACTIVE:`Active`,UNDER_APPEAL:`Under appeal`,EXPIRED:`Expired`,REMOVED:`Removed`,WARNING:`Warning`,FEATURE_RESTRICTION:`Feature restriction`,TRAFFIC_RESTRICTION:`Traffic restriction`,LIVE_SUSPENSION:`Live suspension`,TIMED_BROADCAST_BAN:`Broadcast ban for a term`,ACCOUNT_CLOSURE:`Account closure`,REREGISTRATION_BAN:`Re-registration ban`,BLACKLISTING:`Blacklisting`,RESIDENT_ID:`Resident ID card`,PASSPORT:`Passport`,HK_MACAO_PERMIT:`Hong Kong/Macao resident permit`,TAIWAN_PERMIT:`Taiwan resident permit`,FOREIGN_PERMANENT_ID:`Foreign permanent resident ID`},Ke={zh:{title:`直播电商监管数据交换平台`,skip:`跳到正文`,nav:`主导航`,language:`English`,languageLabel:`Switch to English`,loading:`正在加载…`,signedInAs:`当前证书`,platform:`平台`,regulator:`监管部门`,home:`本期报送情况`,acks:`待我确认的处置报告`,filing:`本期报送`,check:`黑名单核验`,notFound:`没有这个页面。`,regulatorsOnly:`此页面仅供监管部门使用。交换平台识别您的证书为：`,platformsOnly:`此页面仅供平台使用。交换平台识别您的证书为：`,refused:`交换平台拒绝了此请求：`,period:`报送期`,previous:`上一期`,next:`下一期`,status:`状态`,onTime:`按时`,late:`逾期提交`,missing:`未报送`,open:`已开启未提交`,overdue:`已逾期`,submitted:`已提交`,acknowledged:`已确认`,platformName:`平台名称`,uscc:`统一社会信用代码`,domicile:`住所地`,submittedAt:`提交时间`,openedAt:`开启时间`,acknowledgedAt:`确认时间`,operators:`直播间运营者`,streamers:`直播营销人员`,stale:`超过六个月未核验`,batches:`批次`,digest:`摘要 (SHA-256)`,noFiling:`本期尚未开启报送。`,openFiling:`开启本期报送`,submitFiling:`提交本期报送`,receipts:`回执`,receiptNone:`本次会话尚无回执。回执只在写入时返回一次，请下载保存。`,receiptKind:`类型`,receivedAt:`接收时间`,leaf:`证据日志位置`,download:`下载`,chartTitle:`各状态平台数`,compliance:`各平台报送情况`,none:`无`,acknowledge:`确认收到`,reportedAt:`报告时间`,subject:`处置对象`,measures:`处置措施`,severe:`严重`,ackDone:`已确认`,loadMore:`加载更多`,showing:`显示`,pasteLabel:`待核验名单（每行一个：18 位身份证号或统一社会信用代码，或“证件类型,号码”）`,purpose:`核验目的`,runCheck:`核验`,row:`行`,input:`输入`,result:`结果`,listed:`在黑名单中`,notListed:`未列入`,listedBy:`列入平台`,listedSince:`列入日期`,expiresAt:`到期日期`,appealPending:`申诉中`,empty:`没有记录。`,checkFailed:`核验未执行，请按提示修改：`,overdueNotices:`逾期未答复的通知`,sentAt:`发送时间`,dueDate:`答复期限`,kind:`类型`,summary:`摘要`,VIOLATION:`违法线索通知`,UNREACHABLE_CONTACT:`无法联系通知`,ASSISTANCE_REQUEST:`协助请求`,SENT:`已发送`,ACKNOWLEDGED:`已签收`,REMINDED:`已提醒`,ANSWERED:`已答复`,CLOSED:`已办结`,ONBOARDING:`开户或开设直播间前`,ACCOUNT_CHANGE:`变更账号信息`,PERIODIC_REVIEW:`定期复核`,OTHER:`其他`,...We},en:{title:`Live-commerce regulatory data exchange`,skip:`Skip to content`,nav:`Main navigation`,language:`中文`,languageLabel:`切换到中文`,loading:`Loading…`,signedInAs:`Certificate`,platform:`Platform`,regulator:`Regulator`,home:`This period’s filings`,acks:`Reports awaiting my acknowledgement`,filing:`This period’s filing`,check:`Blacklist check`,notFound:`There is no such page.`,regulatorsOnly:`This page is for regulators. The exchange identifies your certificate as:`,platformsOnly:`This page is for platforms. The exchange identifies your certificate as:`,refused:`The exchange refused this request:`,period:`Period`,previous:`Previous period`,next:`Next period`,status:`Status`,onTime:`On time`,late:`Late`,missing:`Missing`,open:`Opened, not submitted`,overdue:`Overdue`,submitted:`Submitted`,acknowledged:`Acknowledged`,platformName:`Platform`,uscc:`USCC`,domicile:`Domicile`,submittedAt:`Submitted`,openedAt:`Opened`,acknowledgedAt:`Acknowledged`,operators:`Live-room operators`,streamers:`Live streamers`,stale:`Not verified for six months`,batches:`Batches`,digest:`Digest (SHA-256)`,noFiling:`No filing has been opened for this period.`,openFiling:`Open this period’s filing`,submitFiling:`Submit this period’s filing`,receipts:`Receipts`,receiptNone:`No receipt in this session yet. A receipt is given once, when the write is made: download it.`,receiptKind:`Kind`,receivedAt:`Received`,leaf:`Evidence log leaf`,download:`Download`,chartTitle:`Platforms by status`,compliance:`Filings by platform`,none:`None`,acknowledge:`Acknowledge`,reportedAt:`Reported`,subject:`Subject`,measures:`Measures`,severe:`Severe`,ackDone:`Acknowledged`,loadMore:`Load more`,showing:`Showing`,pasteLabel:`Subjects to check (one a line: an 18-character resident ID or USCC, or "TYPE,number")`,purpose:`Purpose`,runCheck:`Check`,row:`Line`,input:`Input`,result:`Result`,listed:`Listed`,notListed:`Not listed`,listedBy:`Listed by`,listedSince:`Listed since`,expiresAt:`Expires`,appealPending:`Appeal pending`,empty:`Nothing here.`,checkFailed:`The check was not run; correct the lines marked:`,overdueNotices:`Overdue notices`,sentAt:`Sent`,dueDate:`Due`,kind:`Kind`,summary:`Summary`,VIOLATION:`Violation notice`,UNREACHABLE_CONTACT:`Unreachable contact`,ASSISTANCE_REQUEST:`Assistance request`,SENT:`Sent`,ACKNOWLEDGED:`Acknowledged`,REMINDED:`Reminded`,ANSWERED:`Answered`,CLOSED:`Closed`,ONBOARDING:`Before onboarding`,ACCOUNT_CHANGE:`Account change`,PERIODIC_REVIEW:`Periodic review`,OTHER:`Other`,...Ge}};function qe(e){let t=e===`zh`?`zh-CN`:`en-GB`,n={timeZone:`Asia/Shanghai`},r=new Intl.DateTimeFormat(t,{...n,dateStyle:`medium`,timeStyle:`short`}),i=new Intl.DateTimeFormat(t,{...n,dateStyle:`medium`});return{lang:e,t:t=>Ke[e][t],time:e=>e?r.format(new Date(e)):`—`,date:e=>e?i.format(new Date(e)):`—`}}var Je=I(qe(`zh`)),q=()=>Se(Je),Ye=Symbol.for(`pv`),Xe=0;Array.isArray;function J(t,n,r,i,a,o){n||={};var s,c,l=n;if(`ref`in l&&typeof t!=`function`)for(c in l={},n)c==`ref`?s=n[c]:l[c]=n[c];var u={type:t,props:l,key:r,ref:s,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Ye,__v:--Xe,__i:-1,__u:0};return(a||o)&&(u.__source=a,u.__self=o),e.vnode&&e.vnode(u),u}var Ze=e=>e instanceof G?e:new G(`CLIENT_ERROR`,String(e));function Qe(e,t){let[n,r]=V({state:`loading`}),[i,a]=V(0);return H(()=>{let t=!0;return r({state:`loading`}),e().then(e=>t&&r({state:`done`,data:e}),e=>t&&r({state:`error`,error:Ze(e)})),()=>{t=!1}},[t,i]),[n,xe(()=>a(e=>e+1),[])]}function Y(e,t){let[n,r]=V([]),[i,a]=V(),[o,s]=V(),[c,l]=V(!0),u=async(t,n)=>{l(!0);try{let i=await e(t);r([...n,...i.edges.map(e=>e.node)]),a(i.pageInfo),s(void 0)}catch(e){s(Ze(e))}finally{l(!1)}};return H(()=>void u(void 0,[]),[t]),{nodes:n,error:o,busy:c,hasMore:!!i?.hasNextPage,more:()=>void u(i?.endCursor??void 0,n),reload:()=>void u(void 0,[])}}function X({error:e}){let{t}=q();return e?J(`div`,{class:`refusal`,role:`alert`,children:[J(`strong`,{children:t(`refused`)}),` `,J(`span`,{class:`message`,children:e.message}),` `,J(`code`,{children:e.code})]}):null}function $e(e){let{error:t,path:n,id:r}=e,i=t?.reasonsFor(n,e.exact)??[];return i.length?J(`span`,{class:`field-problem`,id:r,"data-path":n,children:i.join(`; `)}):null}function Z(){let{t:e}=q();return J(`p`,{class:`loading`,"aria-live":`polite`,children:e(`loading`)})}function Q({hasMore:e,busy:t,onMore:n}){let{t:r}=q();return e?J(`button`,{type:`button`,class:`more`,disabled:t,onClick:n,children:r(`loadMore`)}):null}function et({title:e,children:t}){return J(`section`,{"aria-label":e,children:[J(`h2`,{children:e}),t]})}var tt=[`ONBOARDING`,`ACCOUNT_CHANGE`,`PERIODIC_REVIEW`,`OTHER`],nt=new Set([`RESIDENT_ID`,`PASSPORT`,`HK_MACAO_PERMIT`,`TAIWAN_PERMIT`,`FOREIGN_PERMANENT_ID`]);function rt(e){return e.split(/\r?\n/).map(e=>e.trim()).filter(Boolean).map(e=>{let[t,n]=e.split(/\s*[,，\t]\s*/);return n!==void 0&&nt.has(t.toUpperCase())?{line:e,subject:{documentType:t.toUpperCase(),documentNumber:n}}:/^\d{17}[\dXx]$/.test(e)?{line:e,subject:{documentType:`RESIDENT_ID`,documentNumber:e}}:{line:e,subject:{uscc:e}}})}function it(e){let{t,date:n}=q(),[r,i]=V(``),[a,o]=V(`ONBOARDING`),[s,c]=V([]),[l,u]=V(),[d,f]=V(),[p,m]=V(!1);return J(b,{children:[J(`h1`,{children:t(`check`)}),J(`form`,{onSubmit:async e=>{e.preventDefault();let t=rt(r);c(t),m(!0);try{let e=await K(Me,{subjects:t.map(e=>e.subject),purpose:a});u(e.blacklistCheck),f(void 0)}catch(e){u(void 0),f(e instanceof G?e:new G(`CLIENT_ERROR`,String(e)))}finally{m(!1)}},class:`check-form`,children:[J(`label`,{for:`subjects`,children:t(`pasteLabel`)}),J(`textarea`,{id:`subjects`,rows:8,value:r,onInput:e=>i(e.target.value),"aria-describedby":`subjects-problem`}),J($e,{error:d,path:`subjects`,id:`subjects-problem`,exact:!0}),J(`label`,{for:`purpose`,children:t(`purpose`)}),J(`select`,{id:`purpose`,value:a,onChange:e=>o(e.target.value),children:tt.map(e=>J(`option`,{value:e,children:t(e)},e))}),J(`button`,{type:`submit`,disabled:p,children:t(`runCheck`)})]}),J(X,{error:d}),d&&d.problems.length>0&&J(`p`,{children:t(`checkFailed`)}),s.length>0&&(d||l)&&J(`table`,{class:`check-results`,children:[J(`caption`,{children:t(`result`)}),J(`thead`,{children:J(`tr`,{children:[J(`th`,{scope:`col`,children:t(`row`)}),J(`th`,{scope:`col`,children:t(`input`)}),J(`th`,{scope:`col`,children:t(`result`)}),J(`th`,{scope:`col`,children:t(`listedBy`)}),J(`th`,{scope:`col`,children:t(`listedSince`)}),J(`th`,{scope:`col`,children:t(`expiresAt`)})]})}),J(`tbody`,{children:s.map((e,r)=>{let i=l?.[r],a=i?.matches??[];return J(`tr`,{"data-line":r+1,class:i?.listed?`listed`:void 0,children:[J(`td`,{class:`num`,children:r+1}),J(`th`,{scope:`row`,children:[e.line,` `,J($e,{error:d,path:`subjects[${r}]`})]}),J(`td`,{class:`result`,children:i?t(i.listed?`listed`:`notListed`):`—`}),J(`td`,{children:a.map(e=>e.listingPlatformName+(e.appealPending?` (${t(`appealPending`)})`:``)).join(`; `)}),J(`td`,{children:a.map(e=>n(e.listedSince)).join(`; `)}),J(`td`,{children:a.map(e=>n(e.expiresAt)).join(`; `)})]},`${r}-${e.line}`)})})]})]})}var at=class extends String{__apiType;value;__meta__;constructor(e,t){super(e),this.value=e,this.__meta__=t}toString(){return this.value}},ot=new at(`
    query ConsoleEntries($first: Int, $after: String) {
  blacklistEntries(first: $first, after: $after) {
    edges {
      cursor
      node {
        id
        subject {
          type
          name
          documentType
          documentNumber
          uscc
        }
        term {
          startsAt
          endsAt
        }
        status
        appealPending
        createdAt
        appeals {
          id
          status
          grounds
          receivedAt
          decidedAt
          decisionReason
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `),st=new at(`
    query ConsoleDisposalReport($id: ID!) {
  disposalReport(id: $id) {
    id
    version
    platform {
      uscc
    }
    subject {
      kind
      person {
        name
      }
      business {
        name
        uscc
      }
    }
    measures {
      type
      name
      startsAt
      endsAt
      lifted
    }
    facts
    decidedAt
    reportedAt
    severe
    recipients {
      authority
      level
      region
      mustAcknowledge
      acknowledgedAt
    }
    history {
      version
      createdAt
      reason
      facts
      decidedAt
      measures {
        type
        name
      }
    }
  }
}
    `),ct=new at(`
    mutation ConsoleSubmitFiling($filingId: ID!) {
  submitFiling(filingId: $filingId) {
    id
    status
    submittedAt
    onTime
    digest
    receipt
  }
}
    `);function lt(e){let t=new Date(e.getTime()+288e5);return`${t.getUTCFullYear()}-${t.getUTCMonth()<6?`01`:`07`}`}function ut(e,t){let[n,r]=e.split(`-`).map(Number),i=n*2+ +(r===7)+t;return`${Math.floor(i/2)}-${i%2?`07`:`01`}`}var dt=e=>!!e&&/^\d{4}-(01|07)$/.test(e)&&e>=`2026-07`,ft=e=>{let t=e.get(`period`);return dt(t)?t:lt(new Date)};function pt({period:e,path:t}){let{t:n}=q(),r=ut(e,-1);return J(`p`,{class:`period-nav`,children:[n(`period`),`: `,J(`strong`,{class:`period`,children:e}),` `,r>=`2026-07`&&J(`a`,{href:`#${t}?period=${r}`,children:n(`previous`)}),` `,J(`a`,{href:`#${t}?period=${ut(e,1)}`,children:n(`next`)})]})}function mt(e){try{let t=e.split(`.`)[1].replace(/-/g,`+`).replace(/_/g,`/`),n=Uint8Array.from(atob(t),e=>e.charCodeAt(0));return JSON.parse(new TextDecoder().decode(n))}catch{return{}}}function ht({receipts:e}){let{t,time:n}=q(),r=be(()=>e.map(e=>({jws:e,claims:mt(e),url:gt(e)})),[e]);return H(()=>()=>r.forEach(e=>URL.revokeObjectURL(e.url)),[r]),J(`section`,{"aria-labelledby":`receipts-title`,children:[J(`h2`,{id:`receipts-title`,children:t(`receipts`)}),r.length?J(`table`,{class:`receipts`,children:[J(`thead`,{children:J(`tr`,{children:[J(`th`,{scope:`col`,children:t(`receiptKind`)}),J(`th`,{scope:`col`,children:t(`receivedAt`)}),J(`th`,{scope:`col`,children:t(`leaf`)}),J(`th`,{scope:`col`,children:t(`download`)})]})}),J(`tbody`,{children:r.map(({claims:e,url:r},i)=>J(`tr`,{class:`receipt`,children:[J(`td`,{children:e.kind??`—`}),J(`td`,{children:n(e.receivedAt)}),J(`td`,{children:e.log?`${e.log.logId} #${e.log.leafIndex}`:`—`}),J(`td`,{children:J(`a`,{href:r,download:`receipt-${e.kind??`write`}-${i+1}.jws`,children:t(`download`)})})]},r))})]}):J(`p`,{children:t(`receiptNone`)})]})}var gt=e=>URL.createObjectURL(new Blob([e],{type:`application/jose`})),_t={OPEN:`open`,SUBMITTED:`submitted`,ACKNOWLEDGED:`acknowledged`};function vt({viewer:e,params:t}){let{t:n}=q(),r=ft(t),[i,a]=V([]),[o,s]=V(),[c,l]=V(!1),u=Y(t=>K(Pe,{platformUscc:e.org,period:r,first:10,after:t}).then(e=>e.filings),r),d=async e=>{l(!0);try{let t=await e();t&&a(e=>[...e,t]),s(void 0),u.reload()}catch(e){s(e instanceof G?e:new G(`CLIENT_ERROR`,String(e)))}finally{l(!1)}},f=()=>d(()=>K(Ne,{period:r}).then(()=>void 0)),p=e=>d(()=>K(ct,{filingId:e.id}).then(e=>e.submitFiling.receipt));return J(b,{children:[J(`h1`,{children:n(`filing`)}),J(pt,{period:r,path:`/filing`}),J($e,{error:o,path:`period`}),J(X,{error:u.error??o}),u.busy&&!u.nodes.length&&J(Z,{}),!u.busy&&!u.error&&!u.nodes.length&&J(`p`,{children:[n(`noFiling`),` `,J(`button`,{type:`button`,disabled:c,onClick:f,children:n(`openFiling`)})]}),u.nodes.map(e=>J(yt,{filing:e,busy:c,onSubmit:()=>p(e)},e.id)),J(Q,{hasMore:u.hasMore,busy:u.busy,onMore:u.more}),J(ht,{receipts:i})]})}function yt({filing:e,busy:t,onSubmit:n}){let{t:r,time:i}=q(),a=e.onTime===null||e.onTime===void 0?``:` · ${r(e.onTime?`onTime`:`late`)}`,o=[[`status`,`${r(_t[e.status])}${a}`],[`openedAt`,i(e.openedAt)],[`submittedAt`,i(e.submittedAt)],[`acknowledgedAt`,e.acknowledgedAt?`${i(e.acknowledgedAt)} (${e.acknowledgedBy})`:`—`],[`batches`,e.batchCount],[`operators`,e.operatorCount],[`streamers`,e.streamerCount],[`stale`,e.staleOperatorCount+e.staleStreamerCount],[`digest`,e.digest??`—`]];return J(`section`,{class:`filing`,"aria-label":`${r(`filing`)} ${e.period}`,"data-filing":e.id,children:[J(`dl`,{children:o.map(([e,t])=>J(`div`,{class:`field field-${e}`,children:[J(`dt`,{children:r(e)}),J(`dd`,{children:t})]},e))}),e.status===`OPEN`&&J(`button`,{type:`button`,disabled:t,onClick:n,children:r(`submitFiling`)})]})}var bt=20;function xt(e){let{t}=q(),n=Y(e=>K(Fe,{filter:{awaitingMyAcknowledgement:!0},first:bt,after:e}).then(e=>e.disposalReports),`acks`);return J(b,{children:[J(`h1`,{children:t(`acks`)}),J(X,{error:n.error}),n.busy&&!n.nodes.length&&J(Z,{}),!n.busy&&!n.error&&!n.nodes.length&&J(`p`,{children:t(`empty`)}),n.nodes.length>0&&J(`table`,{class:`acks`,children:[J(`caption`,{children:t(`acks`)}),J(`thead`,{children:J(`tr`,{children:[J(`th`,{scope:`col`,children:t(`reportedAt`)}),J(`th`,{scope:`col`,children:t(`uscc`)}),J(`th`,{scope:`col`,children:t(`subject`)}),J(`th`,{scope:`col`,children:t(`measures`)}),J(`th`,{scope:`col`,children:t(`acknowledge`)})]})}),J(`tbody`,{children:n.nodes.map(e=>J(St,{report:e},e.id))})]}),J(Q,{hasMore:n.hasMore,busy:n.busy,onMore:n.more})]})}function St({report:e}){let{t,time:n}=q(),[r,i]=V(),[a,o]=V(),[s,c]=V(!1),l=e.subject.business?.name??e.subject.person?.name??`—`;return J(`tr`,{"data-report":e.id,children:[J(`td`,{children:n(e.reportedAt)}),J(`td`,{children:e.platform.uscc}),J(`th`,{scope:`row`,children:[l,e.severe&&J(`span`,{class:`tag`,children:[` `,t(`severe`)]})]}),J(`td`,{children:e.measures.map(e=>e.type).join(`, `)}),J(`td`,{children:[r?J(`span`,{class:`acked`,children:[t(`ackDone`),` `,n(r)]}):J(`button`,{type:`button`,disabled:s,onClick:async()=>{c(!0);try{let t=(await K(Ae,{id:e.id})).acknowledgeDisposalReport.recipients.map(e=>e.acknowledgedAt).filter(Boolean);i(t.sort().at(-1)??new Date().toISOString()),o(void 0)}catch(e){o(e instanceof G?e:new G(`CLIENT_ERROR`,String(e)))}finally{c(!1)}},"aria-label":`${t(`acknowledge`)}: ${l}`,children:t(`acknowledge`)}),J(X,{error:a})]})]})}var Ct=20;function wt(){let{t:e,time:t,date:n}=q(),r=Y(e=>K(Ie,{filter:{overdue:!0},first:Ct,after:e}).then(e=>e.notices),`overdue`);return J(`section`,{"aria-labelledby":`overdue-title`,children:[J(`h2`,{id:`overdue-title`,children:e(`overdueNotices`)}),J(X,{error:r.error}),r.busy&&!r.nodes.length&&J(Z,{}),!r.busy&&!r.error&&!r.nodes.length&&J(`p`,{children:e(`empty`)}),r.nodes.length>0&&J(`table`,{class:`overdue`,children:[J(`thead`,{children:J(`tr`,{children:[J(`th`,{scope:`col`,children:e(`sentAt`)}),J(`th`,{scope:`col`,children:e(`uscc`)}),J(`th`,{scope:`col`,children:e(`kind`)}),J(`th`,{scope:`col`,children:e(`summary`)}),J(`th`,{scope:`col`,children:e(`dueDate`)}),J(`th`,{scope:`col`,children:e(`status`)})]})}),J(`tbody`,{children:r.nodes.map(r=>J(`tr`,{"data-notice":r.id,children:[J(`td`,{children:t(r.sentAt)}),J(`td`,{children:r.platform.uscc}),J(`td`,{children:e(r.kind)}),J(`th`,{scope:`row`,children:r.summary}),J(`td`,{children:r.dueDate??n(r.dueAt)}),J(`td`,{children:e(r.status)})]},r.id))})]}),J(Q,{hasMore:r.hasMore,busy:r.busy,onMore:r.more})]})}var Tt=[`ON_TIME`,`LATE`,`OPEN`,`MISSING`],Et={ON_TIME:`onTime`,LATE:`late`,OPEN:`open`,MISSING:`missing`},Dt=50;function Ot({params:e}){let{t}=q(),n=ft(e),[r]=Qe(()=>K(Ve,{period:n}).then(e=>e.filingCompliance),n);return J(b,{children:[J(`h1`,{children:t(`home`)}),J(pt,{period:n,path:`/home`}),r.state===`loading`&&J(Z,{}),r.state===`error`&&J(X,{error:r.error}),r.state===`done`&&J(b,{children:[J(kt,{rows:r.data}),J(At,{rows:r.data})]}),J(wt,{})]})}function kt({rows:e}){let{t}=q(),n=Tt.map(t=>e.filter(e=>e.status===t).length),r=Math.max(1,...n);return J(`figure`,{class:`chart`,children:[J(`figcaption`,{children:t(`chartTitle`)}),J(`svg`,{viewBox:`0 0 420 ${Tt.length*36}`,width:`420`,role:`img`,"aria-labelledby":`chart-summary`,children:[J(`title`,{id:`chart-summary`,children:Tt.map((e,r)=>`${t(Et[e])} ${n[r]}`).join(`, `)}),Tt.map((e,i)=>J(`g`,{transform:`translate(0 ${i*36})`,children:[J(`text`,{x:`0`,y:`22`,class:`chart-label`,children:t(Et[e])}),J(`rect`,{x:`130`,y:`6`,height:`22`,width:n[i]/r*240,class:`bar bar-${e}`}),J(`text`,{x:136+n[i]/r*240,y:`22`,class:`chart-count`,children:n[i]})]},e))]})]})}function At({rows:e}){let{t,time:n}=q(),[r,i]=V(Dt);return e.length?J(b,{children:[J(`table`,{class:`compliance`,children:[J(`caption`,{children:[t(`compliance`),` (`,t(`showing`),` `,Math.min(r,e.length),` / `,e.length,`)`]}),J(`thead`,{children:J(`tr`,{children:[J(`th`,{scope:`col`,children:t(`platformName`)}),J(`th`,{scope:`col`,children:t(`uscc`)}),J(`th`,{scope:`col`,children:t(`domicile`)}),J(`th`,{scope:`col`,children:t(`status`)}),J(`th`,{scope:`col`,children:t(`submittedAt`)}),J(`th`,{scope:`col`,children:t(`operators`)}),J(`th`,{scope:`col`,children:t(`streamers`)}),J(`th`,{scope:`col`,children:t(`stale`)})]})}),J(`tbody`,{children:e.slice(0,r).map(e=>J(`tr`,{"data-uscc":e.platform.uscc,children:[J(`th`,{scope:`row`,children:e.platform.name}),J(`td`,{children:e.platform.uscc}),J(`td`,{children:e.platform.domicileRegion}),J(`td`,{class:`status status-${e.status}`,children:[t(Et[e.status]),e.overdue&&` · ${t(`overdue`)}`]}),J(`td`,{children:n(e.submittedAt)}),J(`td`,{class:`num`,children:e.operatorCount}),J(`td`,{class:`num`,children:e.streamerCount}),J(`td`,{class:`num`,children:e.verificationStale})]},e.platform.uscc))})]}),J(Q,{hasMore:r<e.length,busy:!1,onMore:()=>i(r+Dt)})]}):J(`p`,{children:t(`empty`)})}var jt=20;function Mt(e){let{t,date:n,time:r}=q(),i=Y(e=>K(ot,{first:jt,after:e}).then(e=>e.blacklistEntries),`entries`);return J(b,{children:[J(`h1`,{children:t(`entries`)}),J(X,{error:i.error}),i.busy&&!i.nodes.length&&J(Z,{}),!i.busy&&!i.error&&!i.nodes.length&&J(`p`,{children:t(`empty`)}),i.nodes.length>0&&J(`table`,{class:`entries`,children:[J(`thead`,{children:J(`tr`,{children:[J(`th`,{scope:`col`,children:t(`subjectName`)}),J(`th`,{scope:`col`,children:t(`idNumber`)}),J(`th`,{scope:`col`,children:t(`term`)}),J(`th`,{scope:`col`,children:t(`status`)}),J(`th`,{scope:`col`,children:t(`appeals`)})]})}),J(`tbody`,{children:i.nodes.map(e=>J(`tr`,{"data-entry":e.id,children:[J(`th`,{scope:`row`,children:e.subject.name}),J(`td`,{children:e.subject.documentNumber??e.subject.uscc}),J(`td`,{children:[n(e.term.startsAt),` – `,n(e.term.endsAt)]}),J(`td`,{class:`status`,children:t(e.status)}),J(`td`,{class:`appeals`,children:e.appeals.length===0?t(`none`):e.appeals.map(e=>J(`p`,{class:`appeal`,"data-appeal":e.id,children:[J(`span`,{class:`appeal-status`,children:t(e.status)}),` · `,t(`receivedAt`),` `,r(e.receivedAt),` · `,e.grounds,e.decidedAt&&` · ${t(`decidedAt`)} ${r(e.decidedAt)}: ${e.decisionReason??``}`]},e.id))})]},e.id))})]}),J(Q,{hasMore:i.hasMore,busy:i.busy,onMore:i.more})]})}var Nt=e=>e?new Date(`${e.length===16?`${e}:00`:e}+08:00`).toISOString():void 0,Pt=e=>`f-${e.replace(/[^\w]+/g,`-`)}`;function $(e){let{label:t,path:n,error:r,value:i,onValue:a}=e,o=Pt(n),s={id:o,name:n,"aria-describedby":`${o}-problem`,"aria-invalid":r?.reasonsFor(n,e.exact).length?!0:void 0},c=e=>a(e.target.value),l;if(e.options)l=J(`select`,{...s,value:i,onChange:c,children:e.options.map(([e,t])=>J(`option`,{value:e,children:t},e))});else if(e.multiline)l=J(`textarea`,{...s,rows:3,value:i,onInput:c});else{let t=e.type??`text`;l=J(`input`,{...s,type:t,value:i,onInput:c})}return J(`div`,{class:`field`,"data-field":n,children:[J(`label`,{for:o,children:t}),l,J($e,{error:r,path:n,id:`${o}-problem`,exact:e.exact})]})}function Ft(e){let[t,n]=V(e),[r,i]=V(),[a,o]=V(!1);return{values:t,setValues:n,error:r,setError:i,busy:a,bind:e=>({value:t[e],onValue:t=>n(n=>({...n,[e]:t}))}),submit:async e=>{o(!0);try{let t=await e();return i(void 0),t}catch(e){i(e instanceof G?e:new G(`CLIENT_ERROR`,String(e)));return}finally{o(!1)}}}}var It=20;function Lt(e){let{t,time:n,date:r}=q(),[i,a]=V(),[o,s]=V({}),c=Y(e=>K(Ie,{first:It,after:e}).then(e=>e.notices),`inbox`);return J(b,{children:[J(`h1`,{children:t(`notices`)}),J(X,{error:c.error}),c.busy&&!c.nodes.length&&J(Z,{}),!c.busy&&!c.error&&!c.nodes.length&&J(`p`,{children:t(`empty`)}),c.nodes.map(e=>{let c=o[e.id]??e,l=c.status!==`CLOSED`;return J(`article`,{class:`notice`,"data-notice":c.id,"aria-labelledby":`n-${c.id}`,children:[J(`h2`,{id:`n-${c.id}`,children:[t(c.kind),`: `,c.summary]}),J(`dl`,{class:`facts`,children:[J(`dt`,{children:t(`sender`)}),J(`dd`,{children:`${c.sender.authority}/${c.sender.level}/${c.sender.region}`}),J(`dt`,{children:t(`sentAt`)}),J(`dd`,{children:n(c.sentAt)}),J(`dt`,{children:t(`dueDate`)}),J(`dd`,{class:`due`,children:c.dueDate??r(c.dueAt)}),J(`dt`,{children:t(`status`)}),J(`dd`,{class:`status`,children:t(c.status)+(c.overdue?` · ${t(`overdue`)}`:``)})]}),l&&i!==c.id&&J(`button`,{type:`button`,onClick:()=>a(c.id),"aria-label":`${t(`answer`)}: ${c.summary}`,children:t(`answer`)}),i===c.id&&J(Rt,{notice:c,onAnswered:e=>{s(t=>({...t,[e.id]:e})),a(void 0)}})]},c.id)}),J(Q,{hasMore:c.hasMore,busy:c.busy,onMore:c.more})]})}function Rt({notice:e,onAnswered:t}){let{t:n}=q(),r=Ft({ids:``,data:``,updated:``,phone:``,email:``,region:``,detail:``}),i=e.kind===`UNREACHABLE_CONTACT`;return J(`form`,{class:`answer-form`,onSubmit:async a=>{a.preventDefault();let o=r.values,s={idempotencyKey:`console-${crypto.randomUUID()}`},c=o.ids.split(/[\s,，]+/).filter(Boolean);if(c.length&&(s.disposalReportIds=c),o.data.trim())try{s.data=JSON.parse(o.data)}catch{r.setError(new G(`BAD_USER_INPUT`,n(`notJson`),[{path:`input.data`,reason:n(`notJson`)}]));return}i&&o.updated===`yes`&&(s.contactUpdated=!0,s.updatedContact={...o.phone?{phone:o.phone}:{},...o.email?{email:o.email}:{},...o.region||o.detail?{address:{regionCode:o.region,detail:o.detail}}:{}});let l=await r.submit(()=>K(je,{id:e.id,input:s}));l&&t(l.answerNotice)},"aria-label":n(`answerTo`),children:[J($,{label:n(`disposalReportIds`),path:`input.disposalReportIds`,error:r.error,...r.bind(`ids`)}),J($,{label:n(`answerData`),path:`input.data`,error:r.error,multiline:!0,...r.bind(`data`)}),i&&J(`fieldset`,{children:[J(`legend`,{children:n(`updatedContact`)}),J($,{label:n(`contactUpdated`),path:`input.contactUpdated`,error:r.error,options:[[``,n(`no`)],[`yes`,n(`yes`)]],...r.bind(`updated`)}),J($,{label:n(`phone`),path:`input.updatedContact.phone`,error:r.error,...r.bind(`phone`)}),J($,{label:n(`email`),path:`input.updatedContact.email`,error:r.error,...r.bind(`email`)}),J($,{label:n(`regionCode`),path:`input.updatedContact.address.regionCode`,error:r.error,...r.bind(`region`)}),J($,{label:n(`addressDetail`),path:`input.updatedContact.address.detail`,error:r.error,...r.bind(`detail`)})]}),J(X,{error:r.error}),J(`button`,{type:`submit`,disabled:r.busy,children:n(`answer`)})]})}var zt=[`OPERATOR`,`STREAMER`,`AGENCY`],Bt=[`WARNING`,`FEATURE_RESTRICTION`,`TRAFFIC_RESTRICTION`,`LIVE_SUSPENSION`,`TIMED_BROADCAST_BAN`,`ACCOUNT_CLOSURE`,`REREGISTRATION_BAN`,`BLACKLISTING`,`OTHER`],Vt=[`PATROL`,`COMPLAINT`,`PLATFORM_DETECTION`,`REGULATOR_NOTICE`],Ht=[`RESIDENT_ID`,`PASSPORT`,`HK_MACAO_PERMIT`,`TAIWAN_PERMIT`,`FOREIGN_PERMANENT_ID`];function Ut(e){let{t,time:n}=q(),r=Ft({kind:`OPERATOR`,who:`business`,name:``,uscc:``,idType:`RESIDENT_ID`,idNumber:``,account:``,businessRegion:``,domicileRegion:``,measure:`WARNING`,measureName:``,startsAt:``,endsAt:``,facts:``,law:``,article:``,trigger:`PATROL`,noticeId:``,decidedAt:``}),[i,a]=V(()=>`console-${crypto.randomUUID()}`),[o,s]=V(),[c,l]=V([]),u=r.values,d=e=>e.map(e=>[e,t(e)]),f=async e=>{e.preventDefault();let t={idempotencyKey:i,subject:{kind:u.kind,...u.who===`business`?{business:{name:u.name,uscc:u.uscc}}:{person:{name:u.name,idDocument:{type:u.idType,number:u.idNumber}}},...u.account?{liveAccounts:[{accountId:u.account}]}:{},...u.businessRegion?{businessRegion:u.businessRegion}:{},...u.domicileRegion?{domicileRegion:u.domicileRegion}:{}},measures:[{type:u.measure,...u.measureName?{name:u.measureName}:{},startsAt:Nt(u.startsAt)??``,...u.endsAt?{endsAt:Nt(u.endsAt)}:{}}],facts:u.facts,legalBasis:[{law:u.law,article:u.article}],trigger:{kind:u.trigger,...u.noticeId?{noticeId:u.noticeId}:{}},decidedAt:Nt(u.decidedAt)??``},n=await r.submit(()=>K(Re,{input:t}));if(!n)return;let o=n.submitDisposalReport;s({id:o.id,reportedAt:o.reportedAt,severe:o.severe}),o.receipt&&l(e=>[...e,o.receipt]),a(`console-${crypto.randomUUID()}`)},p=(e,n,i,a={})=>J($,{label:t(e),path:n,error:r.error,...r.bind(i),...a});return J(b,{children:[J(`h1`,{children:t(`report`)}),J(`form`,{class:`report-form`,onSubmit:f,noValidate:!0,children:[J(`fieldset`,{children:[J(`legend`,{children:t(`subject`)}),p(`subjectKind`,`input.subject.kind`,`kind`,{options:d(zt)}),p(`givenAs`,`input.subject.who`,`who`,{options:[[`business`,t(`businessName`)],[`person`,t(`personName`)]],exact:!0}),u.who===`business`?J(b,{children:[p(`businessName`,`input.subject.business.name`,`name`),p(`uscc`,`input.subject.business.uscc`,`uscc`)]}):J(b,{children:[p(`personName`,`input.subject.person.name`,`name`),p(`idType`,`input.subject.person.idDocument.type`,`idType`,{options:d(Ht)}),p(`idNumber`,`input.subject.person.idDocument.number`,`idNumber`)]}),p(`liveAccount`,`input.subject.liveAccounts`,`account`),p(`businessRegion`,`input.subject.businessRegion`,`businessRegion`),p(`domicileRegion`,`input.subject.domicileRegion`,`domicileRegion`)]}),J(`fieldset`,{children:[J(`legend`,{children:t(`measures`)}),p(`measureType`,`input.measures[0].type`,`measure`,{options:d(Bt)}),u.measure===`OTHER`&&p(`measureType`,`input.measures[0].name`,`measureName`),p(`startsAt`,`input.measures[0].startsAt`,`startsAt`,{type:`datetime-local`}),p(`endsAt`,`input.measures[0].endsAt`,`endsAt`,{type:`datetime-local`})]}),p(`facts`,`input.facts`,`facts`,{multiline:!0}),p(`law`,`input.legalBasis[0].law`,`law`),p(`article`,`input.legalBasis[0].article`,`article`),p(`trigger`,`input.trigger.kind`,`trigger`,{options:d(Vt)}),u.trigger===`REGULATOR_NOTICE`&&p(`noticeId`,`input.trigger.noticeId`,`noticeId`),p(`decidedAtField`,`input.decidedAt`,`decidedAt`,{type:`datetime-local`}),J(X,{error:r.error}),r.error&&r.error.problems.length>0&&J(`p`,{children:t(`formFailed`)}),J(`button`,{type:`submit`,disabled:r.busy,children:t(`submitReport`)})]}),o&&J(`p`,{class:`saved`,role:`status`,"data-report":o.id,children:[t(`reportSaved`),`: `,o.id,` · `,n(o.reportedAt),o.severe&&` · ${t(`severe`)}`]}),c.length>0&&J(ht,{receipts:c})]})}var Wt=50,Gt=[`identityRegistry`,`penaltyReports`,`blacklist`,`caseCooperation`];function Kt(e){let{t,time:n}=q(),[r,i]=V(`identityRegistry`),a=Y(e=>K(Le,{first:Wt,after:e,[r]:!0}).then(e=>{let t=e.accessLog[r];if(!t)throw Error(`no ${r} section`);return t}),r);return J(b,{children:[J(`h1`,{children:t(`accessLog`)}),J($,{label:t(`service`),path:`service`,error:void 0,options:Gt.map(e=>[e,t(e)]),value:r,onValue:e=>i(e)}),J(X,{error:a.error}),a.busy&&!a.nodes.length&&J(Z,{}),!a.busy&&!a.error&&!a.nodes.length&&J(`p`,{children:t(`empty`)}),a.nodes.length>0&&J(`table`,{class:`access`,children:[J(`thead`,{children:J(`tr`,{children:[J(`th`,{scope:`col`,children:t(`at`)}),J(`th`,{scope:`col`,children:t(`reader`)}),J(`th`,{scope:`col`,children:t(`operation`)}),J(`th`,{scope:`col`,children:t(`recordType`)}),J(`th`,{scope:`col`,children:t(`records`)})]})}),J(`tbody`,{children:a.nodes.map(e=>J(`tr`,{"data-operation":e.operation,children:[J(`td`,{children:n(e.at)}),J(`th`,{scope:`row`,children:[e.principalName,` (`,e.principalOrg,`)`]}),J(`td`,{class:`operation`,children:e.operation}),J(`td`,{class:`record-type`,children:e.recordType}),J(`td`,{class:`num`,children:e.recordIds.length})]},e.id))})]}),J(Q,{hasMore:a.hasMore,busy:a.busy,onMore:a.more})]})}var qt=20,Jt=e=>`${e.authority}/${e.level}/${e.region}`,Yt=e=>e.business?.name??e.person?.name??`—`;function Xt(e){let{t,time:n}=q(),r=Y(e=>K(Fe,{first:qt,after:e}).then(e=>e.disposalReports),`reports`);return J(b,{children:[J(`h1`,{children:t(`reports`)}),J(X,{error:r.error}),r.busy&&!r.nodes.length&&J(Z,{}),!r.busy&&!r.error&&!r.nodes.length&&J(`p`,{children:t(`empty`)}),r.nodes.length>0&&J(`table`,{class:`reports`,children:[J(`thead`,{children:J(`tr`,{children:[J(`th`,{scope:`col`,children:t(`reportedAt`)}),J(`th`,{scope:`col`,children:t(`uscc`)}),J(`th`,{scope:`col`,children:t(`subject`)}),J(`th`,{scope:`col`,children:t(`measures`)}),J(`th`,{scope:`col`,children:t(`version`)})]})}),J(`tbody`,{children:r.nodes.map(e=>J(`tr`,{"data-report":e.id,children:[J(`td`,{children:n(e.reportedAt)}),J(`td`,{children:e.platform.uscc}),J(`th`,{scope:`row`,children:J(`a`,{href:`#/report?id=${encodeURIComponent(e.id)}`,children:Yt(e.subject)})}),J(`td`,{children:e.measures.map(e=>e.name??t(e.type)).join(`、`)}),J(`td`,{class:`num`,children:e.version})]},e.id))})]}),J(Q,{hasMore:r.hasMore,busy:r.busy,onMore:r.more})]})}function Zt({params:e}){let{t,time:n}=q(),r=e.get(`id`)??``,[i]=Qe(()=>K(st,{id:r}).then(e=>e.disposalReport),r);if(i.state===`loading`)return J(Z,{});if(i.state===`error`)return J(X,{error:i.error});let a=i.data;return a?J(b,{children:[J(`h1`,{children:[t(`reportDetail`),`: `,Yt(a.subject)]}),J(`dl`,{class:`facts report-facts`,children:[J(`dt`,{children:t(`uscc`)}),J(`dd`,{children:a.platform.uscc}),J(`dt`,{children:t(`measures`)}),J(`dd`,{class:`measures`,children:a.measures.map(e=>e.name??t(e.type)).join(`、`)+(a.severe?` (${t(`severe`)})`:``)}),J(`dt`,{children:t(`facts`)}),J(`dd`,{children:a.facts}),J(`dt`,{children:t(`decidedAt`)}),J(`dd`,{children:n(a.decidedAt)}),J(`dt`,{children:t(`reportedAt`)}),J(`dd`,{children:n(a.reportedAt)}),J(`dt`,{children:t(`version`)}),J(`dd`,{class:`version`,children:a.version})]}),J(et,{title:t(`recipients`),children:J(`table`,{class:`recipients`,children:[J(`thead`,{children:J(`tr`,{children:[J(`th`,{scope:`col`,children:t(`recipients`)}),J(`th`,{scope:`col`,children:t(`mustAcknowledge`)}),J(`th`,{scope:`col`,children:t(`acknowledgedAt`)})]})}),J(`tbody`,{children:a.recipients.map(e=>J(`tr`,{"data-office":Jt(e),children:[J(`th`,{scope:`row`,children:Jt(e)}),J(`td`,{children:e.mustAcknowledge?`✓`:`—`}),J(`td`,{class:`acked-at`,children:n(e.acknowledgedAt)})]},Jt(e)))})]})}),J(et,{title:t(`history`),children:J(`table`,{class:`history`,children:[J(`thead`,{children:J(`tr`,{children:[J(`th`,{scope:`col`,children:t(`version`)}),J(`th`,{scope:`col`,children:t(`receivedAt`)}),J(`th`,{scope:`col`,children:t(`measures`)}),J(`th`,{scope:`col`,children:t(`facts`)}),J(`th`,{scope:`col`,children:t(`reason`)})]})}),J(`tbody`,{children:a.history.map(e=>J(`tr`,{"data-version":e.version,children:[J(`th`,{scope:`row`,children:e.version}),J(`td`,{children:n(e.createdAt)}),J(`td`,{children:e.measures.map(e=>e.name??t(e.type)).join(`、`)}),J(`td`,{children:e.facts}),J(`td`,{class:`reason`,children:e.reason??`—`})]},e.version))})]})})]}):J(`p`,{role:`alert`,children:t(`noSuchReport`)})}var Qt=20,$t=[[`name`,`byName`],[`idDocumentNumber`,`byId`],[`uscc`,`byUscc`],[`liveAccountId`,`byAccount`]];function en(e){let{t}=q(),n=Ft({by:`name`,key:``}),[r,i]=V();return J(b,{children:[J(`h1`,{children:t(`search`)}),J(`form`,{class:`search-form`,onSubmit:e=>{e.preventDefault(),i({[n.values.by]:n.values.key.trim()})},role:`search`,children:[J($,{label:t(`searchBy`),path:`filter.by`,error:void 0,options:$t.map(([e,n])=>[e,t(n)]),...n.bind(`by`)}),J($,{label:t(`searchKey`),path:`filter.key`,error:void 0,type:`search`,...n.bind(`key`)}),J(`button`,{type:`submit`,children:t(`searchRun`)})]}),r&&J(tn,{filter:r})]})}function tn({filter:e}){let{t,date:n}=q(),r=JSON.stringify(e),i=Y(t=>K(ze,{filter:e,first:Qt,after:t}).then(e=>e.liveRoomOperators),`o${r}`),a=Y(t=>K(Be,{filter:e,first:Qt,after:t}).then(e=>e.liveStreamers),`s${r}`),o=J(`thead`,{children:J(`tr`,{children:[J(`th`,{scope:`col`,children:t(`subjectName`)}),J(`th`,{scope:`col`,children:t(`idNumber`)}),J(`th`,{scope:`col`,children:t(`liveAccount`)}),J(`th`,{scope:`col`,children:t(`platformName`)}),J(`th`,{scope:`col`,children:t(`period`)}),J(`th`,{scope:`col`,children:t(`verifiedAt`)})]})}),s=e=>e.busy&&!e.nodes.length?J(Z,{}):!e.error&&!e.nodes.length?J(`p`,{children:t(`empty`)}):null;return J(b,{children:[J(et,{title:t(`operators`),children:[J(X,{error:i.error}),s(i),i.nodes.length>0&&J(`table`,{class:`operators`,children:[o,J(`tbody`,{children:i.nodes.map(e=>J(`tr`,{"data-id":e.id,children:[J(`th`,{scope:`row`,children:e.name}),J(`td`,{children:e.uscc??e.idDocument?.number??`—`}),J(`td`,{children:e.liveAccounts.map(e=>e.accountId).join(`、`)}),J(`td`,{children:e.platform.uscc}),J(`td`,{children:e.period}),J(`td`,{children:n(e.verifiedAt)+(e.verificationStale?` · ${t(`stale`)}`:``)})]},e.id))})]}),J(Q,{hasMore:i.hasMore,busy:i.busy,onMore:i.more})]}),J(et,{title:t(`streamers`),children:[J(X,{error:a.error}),s(a),a.nodes.length>0&&J(`table`,{class:`streamers`,children:[o,J(`tbody`,{children:a.nodes.map(e=>J(`tr`,{"data-id":e.id,children:[J(`th`,{scope:`row`,children:e.name}),J(`td`,{children:e.idDocument.number}),J(`td`,{children:e.operators.map(e=>e.liveAccountId).join(`、`)}),J(`td`,{children:e.platform.uscc}),J(`td`,{children:e.period}),J(`td`,{children:n(e.verifiedAt)+(e.verificationStale?` · ${t(`stale`)}`:``)})]},e.id))})]}),J(Q,{hasMore:a.hasMore,busy:a.busy,onMore:a.more})]})]})}var nn=[`VIOLATION`,`UNREACHABLE_CONTACT`];function rn(e){let{t,time:n}=q(),r=Ft({kind:`VIOLATION`,platformUscc:``,summary:``,subjectKind:`STREAMER`,name:``,idNumber:``,legalBasis:``,dueDate:``,region:``,detail:``}),[i,a]=V(),o=r.values,s=o.kind===`VIOLATION`;return J(b,{children:[J(`h1`,{children:t(`send`)}),J(`form`,{class:`send-form`,onSubmit:async e=>{e.preventDefault();let t={idempotencyKey:`console-${crypto.randomUUID()}`,kind:o.kind,platformUscc:o.platformUscc,summary:o.summary,subjects:[{kind:o.subjectKind,person:{name:o.name,idDocument:{type:`RESIDENT_ID`,number:o.idNumber}}}],...s?{violation:{legalBasis:o.legalBasis,...o.dueDate?{dueAt:`${o.dueDate}T00:00:00+08:00`}:{}}}:{unreachableContact:{address:{regionCode:o.region,detail:o.detail}}}},n=await r.submit(()=>K(He,{input:t}));n&&a(n.sendNotice)},noValidate:!0,children:[J($,{label:t(`kind`),path:`input.kind`,error:r.error,options:nn.map(e=>[e,t(e)]),...r.bind(`kind`)}),J($,{label:t(`platformUscc`),path:`input.platformUscc`,error:r.error,...r.bind(`platformUscc`)}),J($,{label:t(`summary`),path:`input.summary`,error:r.error,multiline:!0,...r.bind(`summary`)}),J(`fieldset`,{children:[J(`legend`,{children:t(`subject`)}),J($,{label:t(`subjectKind`),path:`input.subjects[0].kind`,error:r.error,options:[`STREAMER`,`OPERATOR`].map(e=>[e,t(e)]),...r.bind(`subjectKind`)}),J($,{label:t(`personName`),path:`input.subjects[0].person.name`,error:r.error,...r.bind(`name`)}),J($,{label:t(`idNumber`),path:`input.subjects[0].person.idDocument`,error:r.error,...r.bind(`idNumber`)})]}),s?J(b,{children:[J($,{label:t(`legalBasis`),path:`input.violation.legalBasis`,error:r.error,...r.bind(`legalBasis`)}),J($,{label:t(`dueAtField`),path:`input.violation.dueAt`,error:r.error,type:`date`,...r.bind(`dueDate`)})]}):J(`fieldset`,{children:[J(`legend`,{children:t(`unreachableAt`)}),J($,{label:t(`regionCode`),path:`input.unreachableContact.address.regionCode`,error:r.error,...r.bind(`region`)}),J($,{label:t(`addressDetail`),path:`input.unreachableContact.address.detail`,error:r.error,...r.bind(`detail`)})]}),J(`p`,{class:`due-preview`,"aria-live":`polite`,children:s?`${t(`duePreviewSender`)} ${o.dueDate||t(`none`)}`:t(`duePreviewWorking`)}),J(X,{error:r.error}),r.error&&r.error.problems.length>0&&J(`p`,{children:t(`formFailed`)}),J(`button`,{type:`submit`,disabled:r.busy,children:t(`sendNotice`)})]}),i&&J(`p`,{class:`sent`,role:`status`,"data-notice":i.id,children:[t(`noticeSent`),` `,J(`strong`,{class:`due`,children:i.dueDate??t(`none`)}),i.dueApproximate&&` ${t(`approximate`)}`,` · `,t(`sentAt`),` `,n(i.sentAt)]}),i?.receipt&&J(ht,{receipts:[i.receipt]})]})}var an=[{path:`/home`,title:`home`,role:`REGULATOR`,page:Ot},{path:`/acks`,title:`acks`,role:`REGULATOR`,page:xt},{path:`/reports`,title:`reports`,role:`REGULATOR`,page:Xt},{path:`/report`,title:`reportDetail`,role:`REGULATOR`,page:Zt,hidden:!0},{path:`/send`,title:`send`,role:`REGULATOR`,page:rn},{path:`/search`,title:`search`,role:`REGULATOR`,page:en},{path:`/access`,title:`accessLog`,role:`REGULATOR`,page:Kt,offered:e=>e.level===`NATIONAL`},{path:`/filing`,title:`filing`,role:`PLATFORM`,page:vt},{path:`/check`,title:`check`,role:`PLATFORM`,page:it},{path:`/notices`,title:`notices`,role:`PLATFORM`,page:Lt},{path:`/entries`,title:`entries`,role:`PLATFORM`,page:Mt},{path:`/new-report`,title:`report`,role:`PLATFORM`,page:Ut}],on=()=>{let[e,t=``]=location.hash.replace(/^#/,``).split(`?`);return{path:e||``,params:new URLSearchParams(t)}},sn=()=>localStorage.getItem(`lsgw.lang`)===`en`?`en`:`zh`;function cn(){let[e,t]=V(sn),[n,r]=V(on),i=be(()=>qe(e),[e]),[a]=Qe(()=>K(Ue).then(e=>e.viewer),`viewer`);H(()=>{let e=()=>r(on());return addEventListener(`hashchange`,e),()=>removeEventListener(`hashchange`,e)},[]),H(()=>{document.documentElement.lang=e===`zh`?`zh-CN`:`en`,localStorage.setItem(`lsgw.lang`,e)},[e]);let o=a.state===`done`?a.data:void 0,s=an.filter(e=>e.role===o?.role&&!e.hidden&&(e.offered?.(o)??!0)),c=an.find(e=>e.path===n.path)??(n.path?void 0:s[0]);return H(()=>{document.title=`${c?`${i.t(c.title)} · `:``}${i.t(`title`)}`},[c,i]),J(Je.Provider,{value:i,children:[J(`a`,{class:`skip`,href:`#main`,onClick:e=>(e.preventDefault(),document.getElementById(`main`)?.focus()),children:i.t(`skip`)}),J(`header`,{children:[J(`p`,{class:`brand`,children:i.t(`title`)}),o&&J(`p`,{class:`who`,children:[i.t(`signedInAs`),`: `,J(`span`,{class:`viewer-name`,children:o.name}),` (`,i.t(o.role===`PLATFORM`?`platform`:`regulator`),`, `,o.org,`)`]}),J(`button`,{type:`button`,class:`lang`,lang:e===`zh`?`en`:`zh-CN`,"aria-label":i.t(`languageLabel`),onClick:()=>t(e===`zh`?`en`:`zh`),children:i.t(`language`)})]}),o&&J(`nav`,{"aria-label":i.t(`nav`),children:J(`ul`,{children:s.map(e=>J(`li`,{children:J(`a`,{href:`#${e.path}`,"aria-current":e===c?`page`:void 0,children:i.t(e.title)})},e.path))})}),J(`main`,{id:`main`,tabIndex:-1,children:[a.state===`loading`&&J(Z,{}),a.state===`error`&&J(X,{error:a.error}),o&&J(ln,{route:c,viewer:o,params:n.params})]})]})}function ln({route:e,viewer:t,params:n}){let{t:r}=q();if(!e)return J(`p`,{children:r(`notFound`)});if(e.role!==t.role)return J(`div`,{class:`refusal`,role:`alert`,children:[J(`h1`,{children:r(e.title)}),J(`p`,{children:[r(e.role===`REGULATOR`?`regulatorsOnly`:`platformsOnly`),` `,J(`strong`,{children:[r(t.role===`PLATFORM`?`platform`:`regulator`),` `,t.name,` (`,t.org,`)`]})]})]});let i=e.page;return J(i,{viewer:t,params:n})}F(J(cn,{}),document.getElementById(`app`));